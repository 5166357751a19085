package io.muster.incident.escalation;

import io.muster.incident.calltree.Level;
import io.muster.incident.facts.IncidentFacts;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What escalation needs to know of an incident; levels are numbered from 1; bridge: its questions invite to the crisis
 * bridge; texts: its title and message in each language it was declared in (empty: one language, title and message).
 */
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
        boolean bridge,
        List<IncidentText> texts) {

    public EscalatingIncident {
        texts = List.copyOf(texts);
        levels = List.copyOf(levels);
        affectedSiteIds = List.copyOf(affectedSiteIds);
    }

    /** An incident's facts with what escalation adds: the step timeout, the levels, roll call or not. */
    static EscalatingIncident of(
            IncidentFacts facts,
            Duration stepTimeout,
            List<Level> levels,
            boolean rollCall,
            boolean bridge,
            List<IncidentText> texts) {
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
                bridge,
                texts);
    }

    /** The title a person with this locale reads: in their language when the incident has it, else its own. */
    public String titleFor(@Nullable String locale) {
        return IncidentText.forLocale(texts, locale).map(IncidentText::title).orElse(title);
    }

    /** The message a person with this locale reads: in their language when the incident has it, else its own. */
    public String messageFor(@Nullable String locale) {
        return IncidentText.forLocale(texts, locale).map(IncidentText::message).orElse(message);
    }

    Level level(int number) {
        return levels.get(number - 1);
    }
}
