package io.muster.incident.exercise;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A drill as the API shows it, with its occurrences so far (newest first). */
record DrillView(
        UUID id,
        String title,
        Map<String, Object> declaration,
        Instant firstAt,
        @Nullable String recurrence,
        @Nullable Instant nextAt,
        String createdBy,
        Instant createdAt,
        List<Run> runs) {

    /** One occurrence: the exercise incident it declared, or why it could not. */
    record Run(Instant scheduledAt, Instant ranAt, @Nullable UUID incidentId, @Nullable String error) {}

    DrillView withRuns(List<Run> runs) {
        return new DrillView(id, title, declaration, firstAt, recurrence, nextAt, createdBy, createdAt, runs);
    }
}
