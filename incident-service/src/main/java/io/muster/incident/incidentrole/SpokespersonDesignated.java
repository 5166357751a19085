package io.muster.incident.incidentrole;

import java.time.Instant;
import java.util.UUID;

/** Published on {@code muster.topics.incidents} (key incidentId) when an incident gets a (new) spokesperson. */
record SpokespersonDesignated(
        String type,
        int version,
        UUID eventId,
        Instant occurredAt,
        UUID incidentId,
        boolean exercise,
        String spokesperson,
        String designatedBy) {

    static SpokespersonDesignated of(UUID incidentId, boolean exercise, String spokesperson, String by, Instant at) {
        return new SpokespersonDesignated(
                "SpokespersonDesignated", 1, UUID.randomUUID(), at, incidentId, exercise, spokesperson, by);
    }
}
