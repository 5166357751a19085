package io.muster.incident.facts;

import java.sql.Timestamp;
import java.util.Arrays;
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
        return jdbc.sql(
                        """
                        SELECT id, title, message, priority, exercise, declared_at, affected_site_ids, closed_at
                        FROM incidents WHERE id = ?
                        """)
                .param(id)
                .query((rs, n) -> {
                    Timestamp closed = rs.getTimestamp("closed_at");
                    return new IncidentFacts(
                            rs.getObject("id", UUID.class),
                            rs.getString("title"),
                            rs.getString("message"),
                            "LIFE_SAFETY".equals(rs.getString("priority")),
                            rs.getBoolean("exercise"),
                            rs.getTimestamp("declared_at").toInstant(),
                            Arrays.asList(
                                    (UUID[]) rs.getArray("affected_site_ids").getArray()),
                            closed == null ? null : closed.toInstant());
                })
                .optional();
    }

    /** The incident, or 404 {@code incident-not-found}. */
    public IncidentFacts require(UUID id) {
        return byId(id).orElseThrow(() -> new IncidentNotFound(id));
    }
}
