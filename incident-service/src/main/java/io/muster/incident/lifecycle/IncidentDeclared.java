package io.muster.incident.lifecycle;

import java.time.Instant;
import java.util.UUID;

/** Published on {@code muster.topics.incidents} (key incidentId) when an incident is declared. */
record IncidentDeclared(
        String type,
        int version,
        UUID eventId,
        Instant occurredAt,
        UUID incidentId,
        boolean exercise,
        String title,
        String message,
        Severity severity,
        Priority priority,
        String declaredBy,
        int targetedCount) {

    static IncidentDeclared of(Incident incident, int targetedCount) {
        return new IncidentDeclared(
                "IncidentDeclared",
                1,
                UUID.randomUUID(),
                incident.declaredAt(),
                incident.id(),
                incident.exercise(),
                incident.title(),
                incident.message(),
                incident.severity(),
                incident.priority(),
                incident.declaredBy(),
                targetedCount);
    }
}
