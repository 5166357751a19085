package io.muster.gateway.incident;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The gateway's tolerant reading of the incident topic's events (IncidentDeclared, StatusUpdatePosted,
 * IncidentClosed v1): only what the hotline and the answer page need.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record IncidentEvent(
        @Nullable String type,
        @Nullable UUID eventId,
        @Nullable Instant occurredAt,
        @Nullable UUID incidentId,
        @Nullable Boolean exercise,
        @Nullable String title,
        @Nullable UUID updateId,
        @Nullable String text) {

    boolean isExercise() {
        return Boolean.TRUE.equals(exercise);
    }
}
