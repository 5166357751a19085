package io.muster.gateway.delivery;

import java.time.Instant;
import java.util.UUID;

/** Published to the deliveries topic when the provider reports a message delivered (NotificationDelivered v1). */
record NotificationDelivered(
        String type,
        int version,
        UUID eventId,
        Instant occurredAt,
        UUID incidentId,
        boolean exercise,
        UUID notificationId,
        UUID personId,
        String channel,
        String provider,
        String providerReference) {

    static NotificationDelivered of(DeliveredNotification request, StatusCallback callback, Instant receivedAt) {
        return new NotificationDelivered(
                "NotificationDelivered",
                1,
                callback.eventId(),
                receivedAt,
                request.incidentId(),
                request.exercise(),
                request.notificationId(),
                request.personId(),
                callback.channel(),
                callback.provider(),
                callback.providerSid());
    }
}
