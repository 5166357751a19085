package io.muster.gateway.hotline;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Published to the replies topic when an identified caller's message is recorded (HotlineMessageRecorded v1).
 * The event id derives from the recording sid, so a repeated status callback can only publish the same event.
 * A caller who claimed to be someone and could not prove it is published with no {@code personId}, flagged
 * {@code verified: false} with the {@code claimedPersonId} (optional fields, absent otherwise): readers that do not
 * know them show an unidentified caller, never the claimed person.
 */
record HotlineMessageRecorded(
        String type,
        int version,
        UUID eventId,
        Instant occurredAt,
        UUID incidentId,
        boolean exercise,
        @Nullable UUID personId,
        @Nullable String callerNumber,
        String recordingUrl,
        String recordingSid,
        int durationSeconds,
        String providerReference,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable UUID claimedPersonId,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Boolean verified) {

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

    /** The message of a caller who claimed to be {@code incident}'s person and could not prove it. */
    static HotlineMessageRecorded unverified(RecordedMessage message, CallerIncident incident, Instant at) {
        String id = "hotline-unverified:" + message.recordingSid() + ":" + incident.incidentId();
        return new HotlineMessageRecorded(
                "HotlineMessageRecorded",
                1,
                UUID.nameUUIDFromBytes(id.getBytes(StandardCharsets.UTF_8)),
                at,
                incident.incidentId(),
                incident.exercise(),
                null,
                message.callerNumber(),
                message.recordingUrl(),
                message.recordingSid(),
                message.durationSeconds(),
                message.callSid(),
                incident.personId(),
                false);
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
                message.callSid(),
                null,
                null);
    }
}
