package io.muster.incident.correction;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A correction or cancellation as the API shows it: who asked and when, the message in each language,
 * how many people it went to, how many of those it has reached so far ({@code sent}), and the public
 * statement that followed it up (when the incident had one).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Correction(
        UUID id,
        UUID incidentId,
        Kind kind,
        String requestKey,
        Map<String, String> messages,
        String requestedBy,
        Instant requestedAt,
        int recipients,
        long sent,
        @Nullable UUID statementId) {

    enum Kind {
        CORRECTION,
        CANCELLATION
    }
}
