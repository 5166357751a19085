package io.muster.incident.recipient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Our tolerant reading of NotificationFailed v1. */
@JsonIgnoreProperties(ignoreUnknown = true)
record NotificationFailed(
        @Nullable UUID eventId,
        @Nullable Instant occurredAt,
        @Nullable UUID incidentId,
        @Nullable UUID notificationId,
        @Nullable String channel,
        @Nullable Integer attempt,
        @Nullable String provider,
        @Nullable String reason,
        @Nullable Boolean permanent)
        implements DeliveryEvent {

    @Override
    public RecipientEvent toRecipientEvent() {
        return new RecipientEvent(
                ConsumedEvent.required(eventId, "eventId"),
                ConsumedEvent.required(notificationId, "notificationId"),
                RecipientEvent.Kind.FAILED,
                channel,
                ConsumedEvent.detail(reason, Boolean.TRUE.equals(permanent) ? "(permanent)" : null),
                ConsumedEvent.required(occurredAt, "occurredAt"),
                null,
                Boolean.TRUE.equals(permanent));
    }
}
