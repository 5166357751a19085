package io.muster.incident.incident;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Asks the notifier to reach one person (key personId), on the lane of the incident's priority. */
record NotificationRequested(
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
        Priority priority,
        List<Channel> channels,
        String subject,
        String body,
        String replyCode,
        List<ReplyOption> replyOptions,
        Instant expiresAt) {

    /** A channel to try, in order, with the person's address on it. */
    record Channel(String channel, String address) {}

    /** An answer the person can give, and the key that gives it. */
    record ReplyOption(String key, String answer, String label) {}

    static final List<ReplyOption> ROLL_CALL_OPTIONS =
            List.of(new ReplyOption("1", "SAFE", "I am safe"), new ReplyOption("2", "NEEDS_HELP", "I need help"));
}
