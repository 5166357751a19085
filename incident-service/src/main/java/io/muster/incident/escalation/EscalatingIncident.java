package io.muster.incident.escalation;

import io.muster.incident.calltree.Level;
import io.muster.incident.facts.IncidentFacts;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What escalation needs to know of an incident; levels are numbered from 1; bridge: its questions invite to the crisis bridge. */
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
        boolean rollCall,
        boolean bridge) {

    public EscalatingIncident {
        levels = List.copyOf(levels);
        affectedSiteIds = List.copyOf(affectedSiteIds);
    }

    /** An incident's facts with what escalation adds: the step timeout, the levels, roll call or not. */
    static EscalatingIncident of(
            IncidentFacts facts, Duration stepTimeout, List<Level> levels, boolean rollCall, boolean bridge) {
        return new EscalatingIncident(
                facts.id(),
                facts.title(),
                facts.message(),
                facts.lifeSafety(),
                facts.exercise(),
                facts.declaredAt(),
                stepTimeout,
                levels,
                facts.affectedSiteIds(),
                rollCall,
                bridge);
    }

    Level level(int number) {
        return levels.get(number - 1);
    }
}
