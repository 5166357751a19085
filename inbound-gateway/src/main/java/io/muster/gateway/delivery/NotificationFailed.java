package io.muster.gateway.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * Published to the deliveries topic when the provider reports a message undelivered or failed
 * (NotificationFailed v1). The handset was not reached, so retrying the same channel will not help.
 */
record NotificationFailed(
        String type,
        int version,
        UUID eventId,
        Instant occurredAt,
        UUID incidentId,
        boolean exercise,
        UUID notificationId,
        UUID personId,
        String channel,
        int attempt,
        String provider,
        String providerReference,
        String reason,
        boolean permanent) {

    static NotificationFailed of(DeliveredNotification request, StatusCallback callback, Instant receivedAt) {
        return new NotificationFailed(
                "NotificationFailed",
                1,
                callback.eventId(),
                receivedAt,
                request.incidentId(),
                request.exercise(),
                request.notificationId(),
                request.personId(),
                callback.channel(),
                callback.attempt(),
                callback.provider(),
                callback.providerSid(),
                callback.failureReason(),
                true);
    }

    /** A bounce: the mail server says the address cannot be reached, so mailing it again will not help. */
    static NotificationFailed bounced(
            DeliveredNotification request, int attempt, String messageId, String reason, Instant receivedAt) {
        return new NotificationFailed(
                "NotificationFailed",
                1,
                UUID.nameUUIDFromBytes(("bounce:" + messageId).getBytes(StandardCharsets.UTF_8)),
                receivedAt,
                request.incidentId(),
                request.exercise(),
                request.notificationId(),
                request.personId(),
                "EMAIL",
                attempt,
                "smtp-email",
                messageId,
                reason,
                true);
    }
}
