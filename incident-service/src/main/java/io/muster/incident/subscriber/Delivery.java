package io.muster.incident.subscriber;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One queued mail: a confirmation (no statement) or a statement, with the subscriber's address and state. */
record Delivery(
        long id,
        String kind,
        @Nullable UUID statementId,
        int attempts,
        UUID subscriberId,
        String email,
        String subscriberStatus) {

    /** Whether the subscriber still wants this mail (unsubscribed meanwhile, or confirmed already). */
    boolean stillWanted() {
        return kind.equals("CONFIRMATION") ? subscriberStatus.equals("PENDING") : subscriberStatus.equals("CONFIRMED");
    }
}
