package io.muster.incident.bridge;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The gateway's BridgeParticipantChanged v1: someone joined (JOINED) or left (LEFT) the incident's bridge. */
@JsonIgnoreProperties(ignoreUnknown = true)
record BridgeParticipantChanged(
        @Nullable UUID eventId,
        @Nullable UUID incidentId,
        @Nullable UUID personId,
        @Nullable String callSid,
        @Nullable String event,
        @Nullable Instant at) {}
