package io.muster.gateway.hotline;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An open incident a caller is part of: their latest request in it (and its locale, the caller's language), the
 * incident's latest update, and whether the caller may answer "at the alternate site" (any of their requests in it
 * offered it).
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
        @Nullable String locale,
        boolean offersAlternateSite,
        boolean bridge) {

    /** An incident whose requests did not invite the caller to its bridge. */
    CallerIncident(
            UUID personId,
            UUID incidentId,
            UUID notificationId,
            boolean exercise,
            @Nullable String title,
            @Nullable String latestUpdate,
            @Nullable Instant expiresAt,
            Instant requestedAt,
            @Nullable String locale,
            boolean offersAlternateSite) {
        this(
                personId,
                incidentId,
                notificationId,
                exercise,
                title,
                latestUpdate,
                expiresAt,
                requestedAt,
                locale,
                offersAlternateSite,
                false);
    }

    String spokenTitle() {
        return title == null || title.isBlank() ? "the current incident" : title.strip();
    }
}
