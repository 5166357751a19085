package io.muster.incident.bridge;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * {@code GET /api/incidents/{id}/bridge}: the invited members (whether each is on the bridge, since when, and the
 * latest request to ring them in), who is on it now (a join with no leave on the same call), every join and leave
 * oldest first.
 */
record BridgeView(UUID incidentId, List<Member> members, List<OnBridge> onBridge, List<Change> history) {

    /** An invited member; {@code since} is when they joined when they are on the bridge. */
    record Member(
            UUID personId,
            String name,
            String employeeId,
            boolean onBridge,
            @Nullable Instant since,
            @Nullable RingIn ringIn) {}

    /** The latest request to ring a member in: RINGING until the gateway reports a failure (FAILED, reason). */
    record RingIn(UUID requestId, Instant requestedAt, String requestedBy, String status, @Nullable String reason) {}

    record OnBridge(UUID personId, @Nullable String name, String callSid, Instant joinedAt) {}

    record Change(UUID personId, @Nullable String name, String event, Instant at) {}
}
