package io.muster.notifier.ledger;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One row of the attempt ledger: one provider call for one channel of one notification. */
public record DeliveryAttempt(
        UUID notificationId,
        String channel,
        int attempt,
        AttemptStatus status,
        boolean permanent,
        String provider,
        @Nullable String providerReference,
        @Nullable String error,
        Instant updatedAt,
        Instant createdAt,
        @Nullable String contentSha256) {

    public boolean sent() {
        return status == AttemptStatus.SENT;
    }

    public boolean failedPermanently() {
        return status == AttemptStatus.FAILED && permanent;
    }
}
