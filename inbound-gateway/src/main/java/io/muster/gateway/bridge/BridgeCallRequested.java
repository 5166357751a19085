package io.muster.gateway.bridge;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The incident-service's request to ring an invited member into an incident's bridge (BridgeCallRequested v1, on
 * {@code muster.topics.bridge-calls}, keyed by incident). Its event id is the request: the call is placed once per
 * id, however often the record comes.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record BridgeCallRequested(
        @Nullable String type,
        @Nullable UUID eventId,
        @Nullable UUID incidentId,
        boolean exercise,
        @Nullable UUID personId,
        @Nullable String employeeId,
        @Nullable String requestedBy) {

    static final String TYPE = "BridgeCallRequested";

    boolean complete() {
        return TYPE.equals(type) && eventId != null && incidentId != null && personId != null;
    }

    /** The key of the ring-in in {@code bridge_ring_ins}; never one an operator's key can equal (a colon). */
    String ringInKey() {
        return "incident-service:" + eventId;
    }
}
