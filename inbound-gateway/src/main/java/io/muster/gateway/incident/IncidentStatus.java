package io.muster.gateway.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the gateway knows of an incident: its title, whether (and when) it closed, and its latest internal update.
 */
public record IncidentStatus(
        UUID incidentId,
        @Nullable String title,
        boolean exercise,
        boolean closed,
        @Nullable String latestUpdate,
        @Nullable Instant latestUpdateAt,
        @Nullable Instant closedAt) {

    /** Closed, and less than {@code window} ago at {@code now}: an answer that names it is still taken, late. */
    public boolean closedWithin(Duration window, Instant now) {
        return closed && closedAt != null && closedAt.isAfter(now.minus(window));
    }

    public boolean hasUpdate() {
        return latestUpdate != null && !latestUpdate.isBlank();
    }
}
