package io.muster.incident.recipient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Our tolerant reading of NotificationDelivered v1. */
@JsonIgnoreProperties(ignoreUnknown = true)
record NotificationDelivered(
        @Nullable UUID eventId,
        @Nullable Instant occurredAt,
        @Nullable UUID incidentId,
        @Nullable UUID notificationId,
        @Nullable String channel,
        @Nullable String provider,
        @Nullable String providerReference)
        implements DeliveryEvent {

    @Override
    public RecipientEvent toRecipientEvent() {
        return new RecipientEvent(
                ConsumedEvent.required(eventId, "eventId"),
                ConsumedEvent.required(notificationId, "notificationId"),
                RecipientEvent.Kind.DELIVERED,
                channel,
                ConsumedEvent.detail(provider, providerReference),
                ConsumedEvent.required(occurredAt, "occurredAt"),
                null,
                false);
    }
}
