package io.muster.gateway.sms;

import io.muster.gateway.correlation.Correlation;
import io.muster.gateway.correlation.OpenRequest;
import io.muster.gateway.correlation.ReplyOption;
import io.muster.messages.Language;
import io.muster.messages.Messages;
import io.muster.messages.Template;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The texts a person gets back after replying by SMS, in their language: the {@code reply.sms.*} keys of
 * infra/messages' bundles (GSM-7 characters only, so a text keeps the 160-character segment size), read once per
 * language into this record, so a reply does no lookup and no parsing.
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
        Template thankYou,
        Template thankYouLate,
        String exerciseTag,
        String thisAlert,
        Template askForCode,
        Template alertChoice,
        String held,
        Template notUnderstood,
        Template notUnderstoodWithCode,
        Template option,
        Map<String, String> answers,
        Map<String, String> labels) {

    private static final int TITLE_LENGTH = 40;
    private static final List<String> KNOWN_ANSWERS = List.of("SAFE", "NEEDS_HELP", "AT_ALTERNATE_SITE");
    private static final Map<String, SmsAnswers> BY_LANGUAGE = load(new Messages());

    static final SmsAnswers ENGLISH = BY_LANGUAGE.get(Language.ENGLISH);

    /** The texts of the locale's language ("fr", "fr-CA", "fr_BE" read French), English when it has no bundle. */
    static SmsAnswers of(@Nullable String locale) {
        return BY_LANGUAGE.get(Language.of(locale));
    }

    private static Map<String, SmsAnswers> load(Messages messages) {
        Map<String, SmsAnswers> texts = new LinkedHashMap<>();
        for (String language : Language.bundled()) {
            texts.put(language, of(messages, language));
        }
        return Map.copyOf(texts);
    }

    private static SmsAnswers of(Messages messages, String language) {
        Map<String, String> answers = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (String answer : KNOWN_ANSWERS) {
            answers.put(answer, messages.text(language, "answer." + answer));
            String label = messages.text(language, "reply.sms.label." + answer);
            if (!label.isBlank()) {
                labels.put(answer, label);
            }
        }
        return new SmsAnswers(
                messages.text(language, "reply.sms.unmatched"),
                messages.text(language, "reply.sms.help"),
                messages.text(language, "reply.sms.stopped"),
                messages.text(language, "reply.sms.started"),
                messages.text(language, "reply.sms.shared-number"),
                messages.template(language, "reply.sms.thank-you"),
                messages.template(language, "reply.sms.thank-you.late"),
                messages.text(language, "exercise.tag") + " ",
                messages.text(language, "reply.sms.this-alert"),
                messages.template(language, "reply.sms.ask-for-code"),
                messages.template(language, "reply.sms.alert-choice"),
                messages.text(language, "reply.sms.held"),
                messages.template(language, "reply.sms.not-understood"),
                messages.template(language, "reply.sms.not-understood.with-code"),
                messages.template(language, "reply.sms.option"),
                Map.copyOf(answers),
                Map.copyOf(labels));
    }

    String thankYou(OpenRequest request, String answer, boolean late) {
        String subject = Objects.requireNonNullElse(request.subject(), thisAlert);
        Map<String, String> values = Map.of("answer", answers.getOrDefault(answer, answer), "subject", subject);
        return (request.exercise() ? exerciseTag : "") + (late ? thankYouLate : thankYou).render(values);
    }

    /** "You have 2 open alerts. Reply 1 11 for "Fire at Riverside", 1 12 for "Flood at Hilltop"." */
    String askForCode(List<Correlation.OpenAlert> alerts) {
        String choices = alerts.stream()
                .map(alert -> alertChoice.render(
                        Map.of("key", alert.key(), "code", alert.code(), "title", shortTitle(alert.title()))))
                .collect(Collectors.joining(", "));
        return askForCode.render(Map.of("count", String.valueOf(alerts.size()), "choices", choices));
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
                .map(choice -> option.render(Map.of("key", choice.key(), "label", label(choice))))
                .collect(Collectors.joining(", "));
        return (needsCode ? notUnderstoodWithCode : notUnderstood).render("choices", choices);
    }

    private String label(ReplyOption option) {
        String ours = labels.get(option.answer());
        return ours != null ? ours : Objects.requireNonNullElse(option.label(), option.answer());
    }
}
