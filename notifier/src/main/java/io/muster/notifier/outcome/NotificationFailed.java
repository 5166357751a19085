package io.muster.notifier.outcome;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.muster.notifier.channel.DeliveryRequest;
import io.muster.notifier.ledger.DeliveryAttempt;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Published when a channel could not be used (golden sample NotificationFailed.v1). {@code
 * permanent} tells the incident service whether trying this channel again makes sense.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NotificationFailed(
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
        @Nullable String provider,
        @Nullable String providerReference,
        String reason,
        boolean permanent)
        implements DeliveryOutcome {

    static final String TYPE = "NotificationFailed";

    /** The event for a FAILED ledger row, with {@code reason} for the incident service. */
    public static NotificationFailed of(DeliveryRequest request, DeliveryAttempt failed, String reason) {
        return new NotificationFailed(
                TYPE,
                1,
                DeliveryOutcome.eventId(failed.notificationId(), failed.channel(), failed.attempt(), TYPE),
                failed.updatedAt(),
                request.incidentId(),
                request.exercise(),
                failed.notificationId(),
                request.personId(),
                failed.channel(),
                failed.attempt(),
                failed.provider(),
                failed.providerReference(),
                reason,
                failed.permanent());
    }

    /**
     * The event for a request whose answer window had passed before anything was sent (its link would be
     * dead): nothing is sent, permanently; like an unsupported channel it counts as attempt 1 of its channel.
     */
    public static NotificationFailed expired(DeliveryRequest request, String channel, Instant now) {
        return new NotificationFailed(
                TYPE,
                1,
                DeliveryOutcome.eventId(request.notificationId(), channel, 1, TYPE),
                now,
                request.incidentId(),
                request.exercise(),
                request.notificationId(),
                request.personId(),
                channel,
                1,
                null,
                null,
                "expired",
                true);
    }

    /** The event for a channel no provider serves; no call was made, so it counts as attempt 1. */
    public static NotificationFailed unsupported(DeliveryRequest request, String channel, Instant now) {
        return new NotificationFailed(
                TYPE,
                1,
                DeliveryOutcome.eventId(request.notificationId(), channel, 1, TYPE),
                now,
                request.incidentId(),
                request.exercise(),
                request.notificationId(),
                request.personId(),
                channel,
                1,
                null,
                null,
                "channel " + channel + " not supported yet",
                true);
    }
}
