package io.muster.incident.recipient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Our tolerant reading of NotificationSent v1. */
@JsonIgnoreProperties(ignoreUnknown = true)
record NotificationSent(
        @Nullable UUID eventId,
        @Nullable Instant occurredAt,
        @Nullable UUID incidentId,
        @Nullable UUID notificationId,
        @Nullable String channel,
        @Nullable Integer attempt,
        @Nullable String provider,
        @Nullable String providerReference)
        implements DeliveryEvent {

    @Override
    public RecipientEvent toRecipientEvent() {
        return new RecipientEvent(
                ConsumedEvent.required(eventId, "eventId"),
                ConsumedEvent.required(notificationId, "notificationId"),
                RecipientEvent.Kind.SENT,
                channel,
                ConsumedEvent.detail(provider, providerReference, attempt == null ? null : "attempt " + attempt),
                ConsumedEvent.required(occurredAt, "occurredAt"),
                null,
                false);
    }
}
