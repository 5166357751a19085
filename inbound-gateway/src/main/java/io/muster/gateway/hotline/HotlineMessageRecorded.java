package io.muster.gateway.hotline;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Published to the replies topic when an identified caller's message is recorded (HotlineMessageRecorded v1).
 * The event id derives from the recording sid, so a repeated status callback can only publish the same event.
 */
record HotlineMessageRecorded(
        String type,
        int version,
        UUID eventId,
        Instant occurredAt,
        UUID incidentId,
        boolean exercise,
        UUID personId,
        @Nullable String callerNumber,
        String recordingUrl,
        String recordingSid,
        int durationSeconds,
        String providerReference) {

    static HotlineMessageRecorded of(RecordedMessage message, CallerIncident incident, Instant at) {
        return of(message, incident, at, "hotline-recording:" + message.recordingSid());
    }

    /**
     * An unidentified caller's message that an operator attached to a person and incident; its id names them too,
     * so attaching it elsewhere after a failed attempt is a different event.
     */
    static HotlineMessageRecorded attached(RecordedMessage message, CallerIncident incident, Instant at) {
        return of(
                message,
                incident,
                at,
                "hotline-attached:" + message.recordingSid() + ":" + incident.incidentId() + ":" + incident.personId());
    }

    private static HotlineMessageRecorded of(RecordedMessage message, CallerIncident incident, Instant at, String id) {
        return new HotlineMessageRecorded(
                "HotlineMessageRecorded",
                1,
                UUID.nameUUIDFromBytes(id.getBytes(StandardCharsets.UTF_8)),
                at,
                incident.incidentId(),
                incident.exercise(),
                incident.personId(),
                message.callerNumber(),
                message.recordingUrl(),
                message.recordingSid(),
                message.durationSeconds(),
                message.callSid());
    }
}
