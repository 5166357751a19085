package io.muster.incident.voicemessage;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * This consumer's tolerant copy of the gateway's VoiceMessageLeft v1 (on the replies topic). {@code exercise} may be
 * absent (a nullable Boolean, so such a record is read, not dead-lettered): whether the incident is an exercise is
 * the incident's own fact. A message for a team has {@code toRole} and no {@code toPersonId}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record VoiceMessageLeft(
        String type,
        @Nullable UUID eventId,
        @Nullable Instant occurredAt,
        @Nullable UUID incidentId,
        @Nullable Boolean exercise,
        @Nullable UUID fromPersonId,
        @Nullable UUID toPersonId,
        @Nullable String toRole,
        @Nullable String recordingSid,
        @Nullable String recordingUrl,
        @Nullable Integer durationSeconds,
        @Nullable String providerReference,
        @Nullable Instant heardAt) {

    /** The team the message is for (toRole, an optional addition to v1), null for a message to one person. */
    @Nullable
    String team() {
        return toRole == null || toRole.isBlank() ? null : toRole;
    }
}
