package io.muster.notifier.template;

import io.muster.notifier.channel.DeliveryRequest;
import io.muster.notifier.channel.DeliveryRequest.AlternateSite;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Words every message from a request's purpose, title, body, alternate site and locale (docs/reply-model.md):
 * the incident-service sends the bare title and the commander's words, the notifier says what kind of message
 * it is, in the person's language, on every channel.
 */
@Component
public class Wordings {

    static final String ALERT = "ALERT";
    private static final Set<String> PURPOSES =
            Set.of("ALERT", "REMINDER", "ALL_CLEAR", "SITREP_REMINDER", "TASK_OVERDUE");
    /** Purposes about a question (where to report belongs with those, not with an all-clear or a reminder to staff). */
    private static final List<String> ABOUT_THE_QUESTION = List.of("ALERT", "REMINDER");

    private final Templates templates;

    public Wordings(Templates templates) {
        this.templates = templates;
    }

    public Wording of(DeliveryRequest request) {
        String purpose = purpose(request.purpose());
        String title = request.subject().strip();
        String body = request.body().strip();
        // a task reminder's body is the incident's title: the lead names it, it is not the commander's words
        boolean bodyIsIncident = purpose.equals("TASK_OVERDUE");
        return new Wording(
                text(request, "heading." + purpose, Map.of("title", title)),
                templates
                        .find(request.locale(), request.incidentType(), "lead." + purpose)
                        .map(lead -> text(request, "lead." + purpose, Map.of("incident", body)))
                        .orElse(""),
                bodyIsIncident ? "" : body,
                ABOUT_THE_QUESTION.contains(purpose) ? whereToReport(request, request.alternateSite()) : "");
    }

    /** An unknown (or missing) purpose is rendered like an alert: a tolerant reader. */
    static String purpose(@Nullable String purpose) {
        return purpose != null && PURPOSES.contains(purpose) ? purpose : ALERT;
    }

    private String whereToReport(DeliveryRequest request, @Nullable AlternateSite alternate) {
        if (alternate == null || alternate.name() == null || alternate.name().isBlank()) {
            return "";
        }
        String place = alternate.address() == null || alternate.address().isBlank()
                ? alternate.name()
                : alternate.name() + ", " + alternate.address();
        String site = alternate.site() == null || alternate.site().isBlank()
                ? text(request, "where-to-report.your-site", Map.of())
                : alternate.site();
        return text(request, "where-to-report", Map.of("site", site, "place", place));
    }

    private String text(DeliveryRequest request, String key, Map<String, String> values) {
        return templates.render(request.locale(), request.incidentType(), key, values);
    }
}
