package io.muster.incident.bridge;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The gateway's BridgeCallFailed v1: the member a commander asked for could not be rung in; {@code reason} is a
 * problem type (bridge-call-failed when Twilio refused, bridge-member-not-found, no-phone-number,
 * bridge-calls-unavailable).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record BridgeCallFailed(
        @Nullable UUID eventId, @Nullable UUID incidentId, @Nullable UUID requestId, @Nullable String reason) {}
