package io.muster.gateway.voice;

import com.twilio.twiml.voice.Say;
import io.muster.gateway.correlation.ReplyOption;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What a call says, per language; English unless the person's locale is one we have prompts for. */
record VoicePrompts(
        Say.Language language,
        String exercise,
        String press,
        Map<String, String> answers,
        String otherAnswer,
        String repeat,
        String thanks,
        String goodbye) {

    static final VoicePrompts ENGLISH = new VoicePrompts(
            Say.Language.EN_US,
            "This is an exercise.",
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
            "Goodbye.");

    static final VoicePrompts FRENCH = new VoicePrompts(
            Say.Language.FR_FR,
            "Ceci est un exercice.",
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
