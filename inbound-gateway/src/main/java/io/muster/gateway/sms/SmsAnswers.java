package io.muster.gateway.sms;

import io.muster.gateway.correlation.Correlation;
import io.muster.gateway.correlation.OpenRequest;
import io.muster.gateway.correlation.ReplyOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The texts a person gets back after replying by SMS, in English or French (the languages the replies parser
 * reads). Only GSM-7 characters (no ê, ç, «»), so a text keeps the 160-character segment size.
 *
 * @param held what a reply that matched nothing yet gets: it is held until its request is known (neutral: it
 *     may still be recorded, or end with an operator)
 * @param answers how an answer is named back (English names it as the alert's keyword: SAFE)
 * @param labels how an option is read in the list of options, when the request's own (English) label would not do
 */
record SmsAnswers(
        String unmatched,
        String help,
        String stopped,
        String started,
        String sharedNumber,
        String thankYou,
        String exerciseTag,
        String thisAlert,
        String late,
        String askForCode,
        String alertChoice,
        String held,
        String notUnderstood,
        String option,
        String followedByCode,
        Map<String, String> answers,
        Map<String, String> labels) {

    private static final int TITLE_LENGTH = 40;

    static final SmsAnswers ENGLISH = new SmsAnswers(
            "We could not match this reply to an open alert.",
            "Muster emergency alerts. Reply with your answer (1 SAFE, 2 HELP) and the alert's code, e.g. 1 47."
                    + " Reply STOP to unsubscribe. In danger, call the emergency services.",
            "You will no longer receive Muster alerts by SMS on this number. Reply START to receive them again.",
            "You will receive Muster alerts by SMS on this number again. Reply STOP to unsubscribe.",
            "Several people receive alerts at this number, so we cannot tell who answered."
                    + " Reply with your answer and the code in your alert, e.g. 1 47, or use the link in your alert.",
            "Thank you. Recorded: %s for %s",
            "[EXERCISE] ",
            "this alert",
            " (after the alert's reply time).",
            "You have %d open alerts. Reply %s.",
            "%s %s for \"%s\"",
            "Thank you. We have received your reply.",
            "Sorry, we did not understand your reply. Reply %s",
            "%s for %s",
            ", followed by the alert's code.",
            Map.of(),
            Map.of());

    static final SmsAnswers FRENCH = new SmsAnswers(
            "Nous n'avons pas pu associer cette réponse à une alerte en cours.",
            "Alertes d'urgence Muster. Répondez avec votre réponse (1 OUI, 2 AIDE) et le code de l'alerte, par ex."
                    + " 1 47. Répondez STOP pour vous désabonner. En danger, appelez les secours.",
            "Vous ne recevrez plus les alertes Muster par SMS sur ce numéro. Répondez START pour les recevoir à"
                    + " nouveau.",
            "Vous recevrez à nouveau les alertes Muster par SMS sur ce numéro. Répondez STOP pour vous désabonner.",
            "Plusieurs personnes sont alertées à ce numéro, nous ne pouvons donc pas savoir qui a répondu."
                    + " Répondez avec votre réponse et le code de votre alerte, par ex. 1 47, ou utilisez le lien de"
                    + " votre alerte.",
            "Merci. Réponse enregistrée : %s pour %s",
            "[EXERCICE] ",
            "cette alerte",
            " (après le délai de réponse de l'alerte).",
            "Vous avez %d alertes en cours. Répondez %s.",
            "%s %s pour \"%s\"",
            "Merci, votre réponse nous est parvenue.",
            "Désolé, nous n'avons pas compris votre réponse. Répondez %s",
            "%s pour %s",
            ", suivi du code de l'alerte.",
            Map.of("SAFE", "en sécurité", "NEEDS_HELP", "besoin d'aide", "AT_ALTERNATE_SITE", "sur le site de repli"),
            Map.of(
                    "SAFE",
                    "je suis en sécurité",
                    "NEEDS_HELP",
                    "j'ai besoin d'aide",
                    "AT_ALTERNATE_SITE",
                    "je suis sur le site de repli"));

    /** French for a French locale ("fr", "fr-CA", "fr_BE"), English for any other or none. */
    static SmsAnswers of(@Nullable String locale) {
        String language = locale == null
                ? ""
                : Locale.forLanguageTag(locale.strip().replace('_', '-')).getLanguage();
        return "fr".equals(language) ? FRENCH : ENGLISH;
    }

    String thankYou(OpenRequest request, String answer, boolean late) {
        String subject = Objects.requireNonNullElse(request.subject(), thisAlert);
        return (request.exercise() ? exerciseTag : "")
                + thankYou.formatted(answers.getOrDefault(answer, answer), subject)
                + (late ? this.late : ".");
    }

    /** "You have 2 open alerts. Reply 1 11 for "Fire at Riverside", 1 12 for "Flood at Hilltop"." */
    String askForCode(List<Correlation.OpenAlert> alerts) {
        String choices = alerts.stream()
                .map(alert -> alertChoice.formatted(alert.key(), alert.code(), shortTitle(alert.title())))
                .collect(Collectors.joining(", "));
        return askForCode.formatted(alerts.size(), choices);
    }

    /** Titles are the commander's words and may be long: the list must still fit a text. */
    private static String shortTitle(String title) {
        String plain = title.strip();
        return plain.length() <= TITLE_LENGTH
                ? plain
                : plain.substring(0, TITLE_LENGTH - 3).stripTrailing() + "...";
    }

    String options(List<ReplyOption> options, boolean needsCode) {
        String choices = options.stream()
                .map(choice -> option.formatted(choice.key(), label(choice)))
                .collect(Collectors.joining(", "));
        return notUnderstood.formatted(choices) + (needsCode ? followedByCode : ".");
    }

    private String label(ReplyOption option) {
        String ours = labels.get(option.answer());
        return ours != null ? ours : Objects.requireNonNullElse(option.label(), option.answer());
    }
}
