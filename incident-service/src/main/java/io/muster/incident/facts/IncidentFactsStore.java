package io.muster.incident.facts;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads incidents for accountability and tasks (JDBC, in the caller's transaction). Open means not
 * closed ({@code closed_at} unset), whatever the lifecycle calls the states in between.
 */
@Component
public class IncidentFactsStore {

    private final JdbcClient jdbc;

    IncidentFactsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<IncidentFacts> byId(UUID id) {
        return jdbc.sql("SELECT " + IncidentFacts.COLUMNS + " FROM incidents WHERE id = ?")
                .param(id)
                .query((rs, n) -> IncidentFacts.of(rs))
                .optional();
    }

    /** The incident, or 404 {@code incident-not-found}. */
    public IncidentFacts require(UUID id) {
        return byId(id).orElseThrow(() -> new IncidentNotFound(id));
    }
}
