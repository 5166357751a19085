package io.muster.gateway.voice;

import io.muster.gateway.correlation.AlternateSite;
import io.muster.gateway.correlation.OpenRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The message a call reads, from the request's purpose, title, the commander's words and the alternate site,
 * in the person's language (docs/reply-model.md): "Reminder: Fire at Riverside. Leave building A now. If
 * Riverside cannot be used, go to Hilltop Depot, 12 Hill Road."
 */
final class VoiceMessages {

    /** Purposes whose body is the incident's title, named in the heading (the task; the colleague's message). */
    private static final List<String> BODY_IS_INCIDENT = List.of("TASK_OVERDUE", "VOICE_MESSAGE");

    private VoiceMessages() {}

    static String of(OpenRequest request, VoicePrompts prompts) {
        String purpose = Objects.requireNonNullElse(request.purpose(), "ALERT");
        String title = Objects.requireNonNullElse(request.subject(), "");
        String body = Objects.requireNonNullElse(request.body(), "");
        List<String> parts = new ArrayList<>();
        if (BODY_IS_INCIDENT.contains(purpose)) {
            parts.add(prompts.heading(purpose, title, body)); // the body is the incident's title
        } else {
            parts.add(prompts.heading(purpose, title, ""));
            parts.add(body);
        }
        if ("ALL_CLEAR".equals(purpose)) {
            parts.add(prompts.allClearEnd());
        }
        if (asksWhereToGo(purpose)) {
            parts.add(whereToReport(request.alternateSite(), prompts));
        }
        String text = parts.stream()
                .filter(part -> !part.isBlank())
                .map(part -> part.strip().replaceAll("[.!?]$", ""))
                .collect(Collectors.joining(". ", "", "."));
        return request.exercise() ? prompts.exercise() + " " + text : text;
    }

    /** The where-to-report line belongs with a question (the alert, its reminders), not with the all-clear. */
    private static boolean asksWhereToGo(String purpose) {
        return !List.of("ALL_CLEAR", "SITREP_REMINDER", "TASK_OVERDUE", "VOICE_MESSAGE")
                .contains(purpose);
    }

    private static String whereToReport(@Nullable AlternateSite alternate, VoicePrompts prompts) {
        if (alternate == null || !alternate.named()) {
            return "";
        }
        String place = alternate.address() == null || alternate.address().isBlank()
                ? alternate.name()
                : alternate.name() + ", " + alternate.address();
        String site = alternate.site() == null || alternate.site().isBlank() ? prompts.yourSite() : alternate.site();
        return prompts.whereToReport(site, place);
    }
}
