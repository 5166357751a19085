package io.muster.gateway.incident;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What the gateway knows of an incident: its title, whether it is closed, and its latest internal update. */
public record IncidentStatus(
        UUID incidentId,
        @Nullable String title,
        boolean exercise,
        boolean closed,
        @Nullable String latestUpdate,
        @Nullable Instant latestUpdateAt) {

    public boolean hasUpdate() {
        return latestUpdate != null && !latestUpdate.isBlank();
    }
}
