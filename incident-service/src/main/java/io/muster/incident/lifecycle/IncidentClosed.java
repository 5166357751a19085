package io.muster.incident.lifecycle;

import java.time.Instant;
import java.util.UUID;

/** Published on {@code muster.topics.incidents} (key incidentId) when an incident is closed. */
record IncidentClosed(
        String type,
        int version,
        UUID eventId,
        Instant occurredAt,
        UUID incidentId,
        boolean exercise,
        String closedBy,
        String allClearMessage) {

    static IncidentClosed of(UUID incidentId, boolean exercise, String closedBy, String allClearMessage, Instant now) {
        return new IncidentClosed(
                "IncidentClosed", 1, UUID.randomUUID(), now, incidentId, exercise, closedBy, allClearMessage);
    }
}
