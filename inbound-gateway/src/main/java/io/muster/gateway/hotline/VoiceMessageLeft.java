package io.muster.gateway.hotline;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Published to the replies topic (keyed by incident) when a hotline caller left a voice message for a colleague
 * ({@code toPersonId}) or a team ({@code toRole}, an optional addition to v1; {@code toPersonId} then absent)
 * (VoiceMessageLeft v1): the incident-service turns it into a NotificationRequested to the recipient (to each of the
 * team's members in the incident) that tells them by SMS that a message waits on the hotline. The event id derives from the recording sid, so a repeated status
 * callback can only publish the same event.
 */
record VoiceMessageLeft(
        String type,
        int version,
        UUID eventId,
        Instant occurredAt,
        UUID incidentId,
        boolean exercise,
        UUID fromPersonId,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable UUID toPersonId,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String toRole,
        String recordingSid,
        String recordingUrl,
        int durationSeconds,
        String providerReference) {

    static VoiceMessageLeft of(
            ColleagueMessages.ColleagueMessage message, boolean exercise, String callSid, Instant at) {
        return new VoiceMessageLeft(
                "VoiceMessageLeft",
                1,
                UUID.nameUUIDFromBytes(("voice-message:" + message.recordingSid()).getBytes(StandardCharsets.UTF_8)),
                at,
                message.incidentId(),
                exercise,
                message.fromPersonId(),
                message.toPersonId(),
                message.toRole(),
                message.recordingSid(),
                message.recordingUrl(),
                message.durationSeconds(),
                callSid);
    }
}
