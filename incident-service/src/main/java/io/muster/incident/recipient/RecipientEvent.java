package io.muster.incident.recipient;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One thing that happened to a recipient on one channel, as the history stores it. */
record RecipientEvent(
        UUID eventId,
        UUID notificationId,
        Kind kind,
        @Nullable String channel,
        @Nullable String detail,
        Instant occurredAt,
        @Nullable String answer,
        boolean permanentFailure) {

    enum Kind {
        SENT,
        DELIVERED,
        FAILED,
        ANSWERED
    }
}
