package io.muster.gateway.bridge;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * Published to the replies topic (keyed by incident) when someone joined or left an incident's bridge
 * (BridgeParticipantChanged v1): the incident-service shows the console who is on it. {@code event} is JOINED or
 * LEFT, {@code at} when Twilio says it happened. The event id derives from the call and the event, so the same
 * join or leave can only ever be the same event.
 */
record BridgeParticipantChanged(
        String type,
        int version,
        UUID eventId,
        Instant occurredAt,
        UUID incidentId,
        boolean exercise,
        UUID personId,
        String callSid,
        String event,
        Instant at) {

    static BridgeParticipantChanged of(
            UUID incidentId, boolean exercise, UUID personId, String callSid, String event, Instant at, Instant now) {
        return new BridgeParticipantChanged(
                "BridgeParticipantChanged",
                1,
                UUID.nameUUIDFromBytes(("bridge:" + callSid + ":" + event).getBytes(StandardCharsets.UTF_8)),
                now,
                incidentId,
                exercise,
                personId,
                callSid,
                event,
                at);
    }
}
