package io.muster.incident.escalation;

import io.muster.incident.calltree.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What escalation needs to know of an incident; levels are numbered from 1. */
public record EscalatingIncident(
        UUID id,
        String title,
        String message,
        boolean lifeSafety,
        boolean exercise,
        Instant declaredAt,
        Duration stepTimeout,
        List<Level> levels,
        List<UUID> affectedSiteIds,
        boolean rollCall) {

    public EscalatingIncident {
        levels = List.copyOf(levels);
        affectedSiteIds = List.copyOf(affectedSiteIds);
    }

    Level level(int number) {
        return levels.get(number - 1);
    }
}
