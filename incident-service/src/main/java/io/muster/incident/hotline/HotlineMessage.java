package io.muster.incident.hotline;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A message left on the hotline as the team sees it: the caller's number masked to its last two
 * digits, and where to listen to it. The provider's URL stays inside the service.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record HotlineMessage(
        UUID id,
        UUID incidentId,
        @Nullable UUID personId,
        @Nullable String callerNumber,
        @Nullable Integer durationSeconds,
        Instant recordedAt,
        String audio,
        @JsonIgnore String recordingUrl) {

    static @Nullable String masked(@Nullable String number) {
        if (number == null || number.length() <= 2) {
            return number == null ? null : "**";
        }
        return "*".repeat(number.length() - 2) + number.substring(number.length() - 2);
    }
}
