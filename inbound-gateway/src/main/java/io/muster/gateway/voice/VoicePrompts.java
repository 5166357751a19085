package io.muster.gateway.voice;

import com.twilio.twiml.voice.Say;
import io.muster.gateway.correlation.ReplyOption;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a call says, per language; English unless the person's locale is one we have prompts for. Every
 * word a person hears is in their language except the commander's own (the title, the message).
 *
 * @param headings what a message of each purpose starts with ({@code %s} the title; TASK_OVERDUE: the task, then
 *     the incident); a purpose without a heading (ALERT, an unknown one) starts with the title alone
 * @param allClearEnd what follows an all-clear's title
 * @param whereToReport where a person at an affected site goes if it cannot be used: site, then place
 */
record VoicePrompts(
        Say.Language language,
        String exercise,
        Map<String, String> headings,
        String allClearEnd,
        String whereToReport,
        String yourSite,
        String press,
        Map<String, String> answers,
        String otherAnswer,
        String repeat,
        String thanks,
        String changeAnswer,
        String goodbye) {

    static final VoicePrompts ENGLISH = new VoicePrompts(
            Say.Language.EN_US,
            "This is an exercise.",
            Map.of(
                    "REMINDER", "Reminder: %s",
                    "ALL_CLEAR", "All clear: %s",
                    "SITREP_REMINDER", "A situation report is due for %s",
                    "TASK_OVERDUE", "Task overdue: %s, in %s"),
            "No further action is needed.",
            "If %s cannot be used, go to %s.",
            "your site",
            "Press %s %s.",
            Map.of(
                    "SAFE",
                    "if you are safe",
                    "NEEDS_HELP",
                    "if you need help",
                    "AT_ALTERNATE_SITE",
                    "if you are at the alternate site"),
            "for: %s",
            "Press 9 to hear this message again.",
            "Thank you. Your answer has been recorded.",
            "To change your answer:",
            "Goodbye.");

    static final VoicePrompts FRENCH = new VoicePrompts(
            Say.Language.FR_FR,
            "Ceci est un exercice.",
            Map.of(
                    "REMINDER", "Rappel : %s",
                    "ALL_CLEAR", "Fin d'alerte : %s",
                    "SITREP_REMINDER", "Un point de situation est attendu pour %s",
                    "TASK_OVERDUE", "Tâche en retard : %s, pour %s"),
            "Aucune autre action n'est nécessaire.",
            "Si %s n'est pas utilisable, rendez-vous à %s.",
            "votre site",
            "Appuyez sur %s %s.",
            Map.of(
                    "SAFE",
                    "si vous êtes en sécurité",
                    "NEEDS_HELP",
                    "si vous avez besoin d'aide",
                    "AT_ALTERNATE_SITE",
                    "si vous êtes sur le site de repli"),
            "pour : %s",
            "Appuyez sur 9 pour réécouter ce message.",
            "Merci. Votre réponse a été enregistrée.",
            "Pour modifier votre réponse :",
            "Au revoir.");

    /** Only a short apology is said when we do not know whom we are talking to. */
    static final String APOLOGY = "Sorry, this alert can no longer be answered by phone. Goodbye.";

    static VoicePrompts of(@Nullable String locale) {
        String language = locale == null
                ? ""
                : Locale.forLanguageTag(locale.replace('_', '-')).getLanguage();
        return "fr".equals(language) ? FRENCH : ENGLISH;
    }

    String option(ReplyOption option) {
        String what = answers.get(option.answer());
        return press.formatted(option.key(), what != null ? what : otherAnswer.formatted(option.label()));
    }
}
