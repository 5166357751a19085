package io.muster.incident.voicemessage;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A voice message as the team sees it: who left it for whom, when, whether the recipient heard it (as far
 * as the event said) and whether they were told. The recording stays with the gateway, which plays it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record VoiceMessage(
        UUID id,
        UUID incidentId,
        UUID fromPersonId,
        @Nullable String fromName,
        UUID toPersonId,
        @Nullable String toName,
        @Nullable Integer durationSeconds,
        Instant leftAt,
        @Nullable Instant heardAt,
        boolean notified) {}
