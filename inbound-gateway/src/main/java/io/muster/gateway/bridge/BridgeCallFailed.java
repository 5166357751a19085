package io.muster.gateway.bridge;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * Published to the replies topic (keyed by incident) when a member the incident-service asked for could not be
 * rung in (BridgeCallFailed v1): {@code reason} is the problem type the operator API would answer
 * (bridge-call-failed when Twilio refused, bridge-member-not-found, no-phone-number, bridge-calls-unavailable).
 * One event per request.
 */
record BridgeCallFailed(
        String type,
        int version,
        UUID eventId,
        Instant occurredAt,
        UUID incidentId,
        boolean exercise,
        UUID requestId,
        UUID personId,
        String reason) {

    static BridgeCallFailed of(BridgeCallRequested request, String reason, Instant now) {
        UUID requestId = java.util.Objects.requireNonNull(request.eventId());
        return new BridgeCallFailed(
                "BridgeCallFailed",
                1,
                UUID.nameUUIDFromBytes(("bridge-call-failed:" + requestId).getBytes(StandardCharsets.UTF_8)),
                now,
                java.util.Objects.requireNonNull(request.incidentId()),
                request.exercise(),
                requestId,
                java.util.Objects.requireNonNull(request.personId()),
                reason);
    }
}
