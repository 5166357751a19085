package io.muster.gateway.hotline;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An open incident a caller is part of: their latest request in it (and its locale, the caller's language) and the
 * incident's latest update.
 */
record CallerIncident(
        UUID personId,
        UUID incidentId,
        UUID notificationId,
        boolean exercise,
        @Nullable String title,
        @Nullable String latestUpdate,
        @Nullable Instant expiresAt,
        Instant requestedAt,
        @Nullable String locale) {

    String spokenTitle() {
        return title == null || title.isBlank() ? "the current incident" : title.strip();
    }
}
