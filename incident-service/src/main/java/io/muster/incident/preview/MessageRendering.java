package io.muster.incident.preview;

import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The SMS and email of a first alert (purpose ALERT) in one language, composed as the notifier
 * composes them ({@code Wordings}, {@code SmsText}, {@code EmailContent}) from the same message
 * bundles: the exercise tag, the heading (an alert's is its title) and the commander's words, the
 * answer menu with the reply code, and the answer link. Where to report is left out: it depends on
 * each person's site.
 */
@Component
class MessageRendering {

    /** The notifier renders with the incident type "general": NotificationRequested carries none yet. */
    static final String INCIDENT_TYPE = "general";

    static final String SAMPLE_CODE = "10"; // the first code a person gets (ReplyCodes)
    private static final String SAMPLE_TOKEN = "a".repeat(48); // AnswerTokenCodec.LENGTH characters
    private static final int LIFE_SAFETY_SEGMENTS = 2;

    record Draft(String subject, String body, boolean exercise, boolean lifeSafety) {}

    record Sms(String text, String encoding, int units, int segments) {}

    record Email(String subject, String text) {}

    private final ChannelTexts texts;
    private final String link;

    MessageRendering(ChannelTexts texts, PreviewProperties properties) {
        this.texts = texts;
        this.link = properties.answerBaseUrl().toString().replaceAll("/+$", "") + "/answer/" + SAMPLE_TOKEN;
    }

    Sms sms(String language, Draft draft) {
        String menu = PreviewReplyOptions.OPTIONS.stream()
                .map(option -> option.get(0) + " = " + text(language, "option.sms." + option.get(1), Map.of()))
                .collect(Collectors.joining(text(language, "menu.separator", Map.of())));
        String tail = " " + text(language, "sms.instruction", Map.of("menu", menu, "code", SAMPLE_CODE)) + " "
                + text(language, "sms.link", Map.of("link", link));
        String body = draft.body();
        String sms = smsMessage(language, draft, body) + tail;
        // Life-safety texts stay within two segments: the notifier shortens the body, never the tail.
        while (draft.lifeSafety() && SmsSegments.of(sms).count() > LIFE_SAFETY_SEGMENTS && !body.isEmpty()) {
            body = body.substring(0, Math.max(0, body.length() - 8)).stripTrailing();
            sms = smsMessage(language, draft, body.isEmpty() ? "" : body + "...") + tail;
        }
        SmsSegments segments = SmsSegments.of(sms);
        return new Sms(sms, segments.encoding(), segments.units(), segments.count());
    }

    Email email(String language, Draft draft) {
        String exercise = draft.exercise() ? text(language, "exercise.tag", Map.of()) : "";
        String subject =
                text(language, "email.subject", Map.of("exercise", exercise, "heading", heading(language, draft)));
        StringBuilder body = new StringBuilder();
        if (draft.exercise()) {
            body.append(text(language, "exercise.notice", Map.of())).append("\n\n");
        }
        body.append(heading(language, draft)).append("\n\n");
        if (!draft.body().isBlank()) {
            body.append(draft.body().strip()).append('\n');
        }
        body.append('\n');
        body.append(text(language, "email.answer.link", Map.of("link", link))).append('\n');
        String menu = PreviewReplyOptions.OPTIONS.stream()
                .map(option -> option.get(0) + " = " + text(language, "option.email." + option.get(1), Map.of()))
                .collect(Collectors.joining(" / "));
        body.append(text(language, "email.answer.reply", Map.of("menu", menu))).append('\n');
        body.append("\n-- \n").append(text(language, "email.footer", Map.of())).append('\n');
        return new Email(subject, body.toString());
    }

    /** "{heading}: {rest}", or the heading alone as a sentence when there are no words. */
    private String smsMessage(String language, Draft draft, String body) {
        String exercise = draft.exercise() ? text(language, "exercise.tag", Map.of()) + " " : "";
        String heading = heading(language, draft);
        if (body.isBlank()) {
            return text(language, "sms.message.alone", Map.of("exercise", exercise, "heading", sentence(heading)));
        }
        return text(language, "sms.message", Map.of("exercise", exercise, "heading", heading, "rest", body.strip()));
    }

    private String heading(String language, Draft draft) {
        return text(language, "heading.ALERT", Map.of("title", draft.subject().strip()));
    }

    private static String sentence(String heading) {
        return heading.isEmpty() || ".!?".indexOf(heading.charAt(heading.length() - 1)) >= 0 ? heading : heading + ".";
    }

    private String text(String language, String key, Map<String, String> values) {
        return texts.render(language, INCIDENT_TYPE, key, values);
    }
}
