package io.muster.incident.bridge;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Published on {@code muster.topics.bridge-calls} (key incidentId) when a commander asks to ring a member into the
 * incident's bridge (BridgeCallRequested v1): the gateway places the call once per event id, which is the request's.
 */
record BridgeCallRequested(
        String type,
        int version,
        UUID eventId,
        Instant occurredAt,
        UUID incidentId,
        boolean exercise,
        UUID personId,
        @Nullable String employeeId,
        String requestedBy) {

    static BridgeCallRequested of(
            UUID requestId,
            Instant at,
            UUID incidentId,
            boolean exercise,
            UUID personId,
            @Nullable String employeeId,
            String requestedBy) {
        return new BridgeCallRequested(
                "BridgeCallRequested", 1, requestId, at, incidentId, exercise, personId, employeeId, requestedBy);
    }
}
