package io.muster.notifier.outcome;

import io.muster.notifier.channel.DeliveryRequest;
import io.muster.notifier.ledger.DeliveryAttempt;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Published when a provider accepted a message (golden sample NotificationSent.v1). */
public record NotificationSent(
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
        String providerReference)
        implements DeliveryOutcome {

    static final String TYPE = "NotificationSent";

    /** The event for a SENT ledger row; it occurred when the row was settled. */
    public static NotificationSent of(DeliveryRequest request, DeliveryAttempt sent) {
        return new NotificationSent(
                TYPE,
                1,
                DeliveryOutcome.eventId(sent.notificationId(), sent.channel(), sent.attempt(), TYPE),
                sent.updatedAt(),
                request.incidentId(),
                request.exercise(),
                sent.notificationId(),
                request.personId(),
                sent.channel(),
                sent.attempt(),
                sent.provider(),
                Objects.requireNonNull(sent.providerReference(), "a SENT attempt has a reference"));
    }
}
