package io.muster.messages;

import io.muster.messages.Alert.AlternateSite;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Words every message from an alert's purpose, title, body, alternate site and locale (docs/reply-model.md):
 * the incident-service sends the bare title and the commander's words, the texts say what kind of message it
 * is, in the person's language, on every channel.
 */
final class Wordings {

    static final String ALERT = "ALERT";
    private static final Set<String> PURPOSES =
            Set.of("ALERT", "REMINDER", "ALL_CLEAR", "SITREP_REMINDER", "TASK_OVERDUE", "VOICE_MESSAGE");
    /** Purposes about a question (where to report belongs with those, not with an all-clear or a reminder to staff). */
    private static final List<String> ABOUT_THE_QUESTION = List.of("ALERT", "REMINDER");

    private final Messages messages;

    Wordings(Messages messages) {
        this.messages = messages;
    }

    Wording of(Alert alert) {
        String purpose = purpose(alert.purpose());
        String title = alert.title().strip();
        String body = alert.body().strip();
        // a task reminder's (and a voice message notice's) body is the incident's title: the texts name it,
        // it is not the commander's words
        boolean bodyIsIncident = purpose.equals("TASK_OVERDUE") || purpose.equals("VOICE_MESSAGE");
        return new Wording(
                text(alert, "heading." + purpose, Map.of("title", title, "incident", body)),
                messages.find(alert.locale(), alert.incidentType(), "lead." + purpose)
                        .map(lead -> text(alert, "lead." + purpose, Map.of("incident", body)))
                        .orElse(""),
                bodyIsIncident ? "" : body,
                ABOUT_THE_QUESTION.contains(purpose) ? whereToReport(alert, alert.alternateSite()) : "");
    }

    /** An unknown (or missing) purpose is rendered like an alert: a tolerant reader. */
    static String purpose(@Nullable String purpose) {
        return purpose != null && PURPOSES.contains(purpose) ? purpose : ALERT;
    }

    private String whereToReport(Alert alert, @Nullable AlternateSite alternate) {
        if (alternate == null || alternate.name() == null || alternate.name().isBlank()) {
            return "";
        }
        String place = alternate.address() == null || alternate.address().isBlank()
                ? alternate.name()
                : alternate.name() + ", " + alternate.address();
        String site = alternate.site() == null || alternate.site().isBlank()
                ? text(alert, "where-to-report.your-site", Map.of())
                : alternate.site();
        return text(alert, "where-to-report", Map.of("site", site, "place", place));
    }

    private String text(Alert alert, String key, Map<String, String> values) {
        return messages.render(alert.locale(), alert.incidentType(), key, values);
    }
}
