package io.muster.incident.statuslog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The NotificationRequested (v1 shape, purpose REMINDER, no answer asked) that reminds a commander
 * that a sitrep is due; this feature's own record of the event, as the publisher owns its records.
 */
record SitrepReminderRequested(
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
        List<Object> replyOptions,
        Instant expiresAt,
        String purpose) {

    record Channel(String channel, String address) {}
}
