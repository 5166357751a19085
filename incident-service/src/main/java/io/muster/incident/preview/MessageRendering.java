package io.muster.incident.preview;

import io.muster.messages.Alert;
import io.muster.messages.AlertTexts;
import io.muster.messages.SmsSegments;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The SMS and email of a first alert (purpose ALERT) in one language, composed by the code the notifier sends
 * with ({@code io.muster.messages.AlertTexts}): the exercise tag, the heading (an alert's is its title) and the
 * commander's words, the answer menu with a sample reply code, and an answer link as long as a real one. Where
 * to report is left out: it depends on each person's site.
 */
@Component
public class MessageRendering {

    /** The notifier renders with the request's incident type; NotificationRequested carries "general" for now. */
    static final String INCIDENT_TYPE = "general";

    static final String SAMPLE_CODE = "10"; // the first code a person gets (ReplyCodes)
    private static final String SAMPLE_TOKEN = "a".repeat(48); // AnswerTokenCodec.LENGTH characters
    private static final List<Alert.Option> OPTIONS = PreviewReplyOptions.OPTIONS.stream()
            .map(option -> new Alert.Option(option.get(0), option.get(1), option.get(2)))
            .toList();

    public record Draft(String subject, String body, boolean exercise, boolean lifeSafety) {}

    public record Sms(String text, String encoding, int units, int segments) {}

    public record Email(String subject, String text) {}

    private final AlertTexts texts;
    private final String link;

    MessageRendering(AlertTexts texts, PreviewProperties properties) {
        this.texts = texts;
        this.link = properties.answerBaseUrl().toString().replaceAll("/+$", "") + "/answer/" + SAMPLE_TOKEN;
    }

    public Sms sms(String language, Draft draft) {
        String text = texts.sms(alert(language, draft));
        SmsSegments segments = SmsSegments.of(text);
        return new Sms(text, segments.encoding(), segments.units(), segments.count());
    }

    public Email email(String language, Draft draft) {
        var email = texts.email(alert(language, draft));
        return new Email(email.subject(), email.text());
    }

    private Alert alert(String language, Draft draft) {
        return new Alert(
                language,
                INCIDENT_TYPE,
                "ALERT",
                draft.subject(),
                draft.body(),
                draft.exercise(),
                draft.lifeSafety(),
                null,
                OPTIONS,
                SAMPLE_CODE,
                link);
    }
}
