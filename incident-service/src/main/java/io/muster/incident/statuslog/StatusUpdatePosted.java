package io.muster.incident.statuslog;

import java.time.Instant;
import java.util.UUID;

/**
 * Published on {@code muster.topics.incidents} (key incidentId) for each internal status update;
 * the gateway reads the latest for the hotline and the answer page.
 */
record StatusUpdatePosted(
        String type,
        int version,
        UUID eventId,
        Instant occurredAt,
        UUID incidentId,
        boolean exercise,
        UUID updateId,
        String text,
        String postedBy) {

    static StatusUpdatePosted of(StatusUpdate update, boolean exercise) {
        return new StatusUpdatePosted(
                "StatusUpdatePosted",
                1,
                UUID.randomUUID(),
                update.postedAt(),
                update.incidentId(),
                exercise,
                update.id(),
                update.text(),
                update.postedBy());
    }
}
