package io.muster.gateway.answer;

import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The answer page's own words, in English or French (the person's locale; anything else reads English): every
 * word on it is in their language except the commander's (the title, the message, the latest update).
 *
 * @param headings what the page of a message of each purpose is titled ({@code %s} the title); ALERT and unknown
 *     purposes: the title alone
 * @param answers how a known answer is named back; English names it as the alert does (SAFE)
 * @param buttons the button of a known answer; English keeps the request's own label
 */
record AnswerPageTexts(
        String language,
        String exercise,
        Map<String, String> headings,
        String location,
        String comment,
        String noAnswerNeeded,
        String latestUpdate,
        String posted,
        String closed,
        String lateAnswer,
        String closedLongAgo,
        String thanks,
        String recorded,
        String recordedLate,
        String whereToReport,
        String yourSite,
        Map<String, String> answers,
        Map<String, String> buttons) {

    static final AnswerPageTexts ENGLISH = new AnswerPageTexts(
            "en",
            "[EXERCISE] ",
            Map.of(
                    "REMINDER", "Reminder: %s",
                    "ALL_CLEAR", "All clear: %s",
                    "SITREP_REMINDER", "Situation report due: %s",
                    "TASK_OVERDUE", "Task overdue: %s"),
            "Where are you? (optional)",
            "Comment (optional)",
            "No answer is needed.",
            "Latest update",
            "Posted %s UTC",
            "This incident has been closed.",
            " You may still answer: your answer is recorded as a late answer.",
            "This incident has been closed. It can no longer be answered here.",
            "Thank you",
            "Recorded: <strong>%s</strong> for %s.",
            "The incident had already closed: your answer is recorded as a late answer.",
            "If %s cannot be used, go to %s.",
            "your site",
            Map.of(),
            Map.of());

    static final AnswerPageTexts FRENCH = new AnswerPageTexts(
            "fr",
            "[EXERCICE] ",
            Map.of(
                    "REMINDER", "Rappel : %s",
                    "ALL_CLEAR", "Fin d'alerte : %s",
                    "SITREP_REMINDER", "Point de situation attendu : %s",
                    "TASK_OVERDUE", "Échéance dépassée : %s"),
            "Où êtes-vous ? (facultatif)",
            "Commentaire (facultatif)",
            "Aucune réponse n'est nécessaire.",
            "Dernière information",
            "Publiée le %s UTC",
            "Cet incident est clos.",
            " Vous pouvez encore répondre : votre réponse est enregistrée comme tardive.",
            "Cet incident est clos. Il n'est plus possible d'y répondre ici.",
            "Merci",
            "Réponse enregistrée : <strong>%s</strong> pour %s.",
            "L'incident était déjà clos : votre réponse est enregistrée comme tardive.",
            "Si %s n'est pas utilisable, rendez-vous à %s.",
            "votre site",
            Map.of("SAFE", "en sécurité", "NEEDS_HELP", "besoin d'aide", "AT_ALTERNATE_SITE", "sur le site de repli"),
            Map.of(
                    "SAFE",
                    "Je suis en sécurité",
                    "NEEDS_HELP",
                    "J'ai besoin d'aide",
                    "AT_ALTERNATE_SITE",
                    "Je suis sur le site de repli"));

    static AnswerPageTexts of(@Nullable String locale) {
        String language = locale == null
                ? ""
                : Locale.forLanguageTag(locale.strip().replace('_', '-')).getLanguage();
        return "fr".equals(language) ? FRENCH : ENGLISH;
    }

    /** The page's title: the message's kind in this language around the commander's title. */
    String heading(@Nullable String purpose, String title) {
        String heading = purpose == null ? null : headings.get(purpose);
        return heading == null ? title : heading.formatted(title);
    }
}
