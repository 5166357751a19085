package io.muster.incident.pin;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Published on {@code muster.topics.hotline-pins} (key personId) when a person sets their hotline PIN or HR resets
 * it: the bcrypt hash only, never the PIN. It belongs to no incident, so {@code incidentId} is null.
 *
 * @param changedBy {@code PERSON} (set by the person) or {@code HR} (reset by HR or an administrator)
 */
record HotlinePinChanged(
        String type,
        int version,
        UUID eventId,
        Instant occurredAt,
        @Nullable UUID incidentId,
        boolean exercise,
        UUID personId,
        String employeeId,
        String pinHash,
        String changedBy) {

    static HotlinePinChanged of(UUID personId, String employeeId, String pinHash, SetBy setBy, Instant at) {
        return new HotlinePinChanged(
                "HotlinePinChanged",
                1,
                UUID.randomUUID(),
                at,
                null,
                false,
                personId,
                employeeId,
                pinHash,
                setBy.name());
    }

    /** Who chose the PIN. */
    enum SetBy {
        PERSON,
        HR
    }
}
