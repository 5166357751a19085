package io.muster.incident.hotline;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** This consumer's tolerant copy of the gateway's HotlineMessageRecorded (on the replies topic). */
@JsonIgnoreProperties(ignoreUnknown = true)
record HotlineMessageRecorded(
        String type,
        @Nullable UUID eventId,
        @Nullable Instant occurredAt,
        @Nullable UUID incidentId,
        boolean exercise,
        @Nullable UUID personId,
        @Nullable String callerNumber,
        @Nullable String recordingUrl,
        @Nullable String recordingSid,
        @Nullable Integer durationSeconds,
        @Nullable String providerReference) {}
