package io.muster.incident.voicemessage;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A voice message as the team sees it: who left it for whom (a person, or a team: {@code toRole} and how many
 * {@code members} of the incident it was for), when, whether the recipient heard it (as far as the event said) and
 * whether they (anyone of the team) were told. The recording stays with the gateway, which plays it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record VoiceMessage(
        UUID id,
        UUID incidentId,
        UUID fromPersonId,
        @Nullable String fromName,
        @Nullable UUID toPersonId,
        @Nullable String toName,
        @Nullable String toRole,
        @Nullable Integer members,
        @Nullable Integer durationSeconds,
        Instant leftAt,
        @Nullable Instant heardAt,
        boolean notified) {}
