package io.muster.incident.accountability;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Our record of NotificationRequested v1 for the reminders this feature and the task feature send
 * (the publisher owns its record; the escalation engine has its own). {@code employeeId} is the
 * optional addition that lets hotline callers identify themselves.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NotificationRequested(
        String type,
        int version,
        UUID eventId,
        Instant occurredAt,
        UUID incidentId,
        boolean exercise,
        UUID notificationId,
        UUID personId,
        String displayName,
        String locale,
        String priority,
        List<Channel> channels,
        String subject,
        String body,
        String replyCode,
        List<ReplyOption> replyOptions,
        Instant expiresAt,
        @Nullable String purpose,
        @Nullable Integer level,
        @Nullable Integer step,
        @Nullable String employeeId) {

    /** A channel to try, in order, with the person's address on it. */
    public record Channel(String channel, String address) {}

    /** An answer the person can give, and the key that gives it. */
    public record ReplyOption(String key, String answer, String label) {}

    /** The roll-call answers, the same on every channel and on the employee's own page. */
    public static final List<ReplyOption> ROLL_CALL = List.of(
            new ReplyOption("1", "SAFE", "I am safe"),
            new ReplyOption("2", "NEEDS_HELP", "I need help"),
            new ReplyOption("3", "AT_ALTERNATE_SITE", "I am at the alternate site"));

    /**
     * The answers offered to a person: "3, at the alternate site" only when their site has an alternate site
     * (the one their alert names), as the escalation engine's alert does.
     */
    public static List<ReplyOption> rollCall(boolean hasAlternateSite) {
        return hasAlternateSite ? ROLL_CALL : ROLL_CALL.subList(0, 2);
    }
}
