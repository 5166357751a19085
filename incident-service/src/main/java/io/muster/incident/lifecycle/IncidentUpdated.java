package io.muster.incident.lifecycle;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Published on {@code muster.topics.incidents} (key incidentId) for each change of phase
 * ({@code change} STATE), severity (SEVERITY) or type (TYPE), with the incident as it is after it.
 */
record IncidentUpdated(
        String type,
        int version,
        UUID eventId,
        Instant occurredAt,
        UUID incidentId,
        boolean exercise,
        String state,
        String severity,
        String incidentType,
        @Nullable String commander,
        String updatedBy,
        String change) {

    static IncidentUpdated of(LockedIncident after, String commander, String change, String updatedBy, Instant now) {
        return new IncidentUpdated(
                "IncidentUpdated",
                1,
                UUID.randomUUID(),
                now,
                after.id(),
                after.exercise(),
                after.phase().name(),
                after.severity().name(),
                after.incidentType(),
                commander,
                updatedBy,
                change);
    }
}
