package io.muster.incident.facts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What accountability and tasks need to know of an incident; open until it has a closing time. */
public record IncidentFacts(
        UUID id,
        String title,
        String message,
        boolean lifeSafety,
        boolean exercise,
        Instant declaredAt,
        List<UUID> affectedSiteIds,
        @Nullable Instant closedAt) {

    public boolean closed() {
        return closedAt != null;
    }
}
