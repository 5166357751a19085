package io.muster.incident.escalation;

import io.muster.incident.calltree.Levels;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Reads incidents as escalation needs them. */
@Component
public class EscalatingIncidents {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    EscalatingIncidents(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    private static final String SELECT =
            """
            SELECT id, title, message, priority, exercise, declared_at, step_timeout_ms, levels::text AS levels,
                   affected_site_ids, roll_call FROM incidents WHERE id = ?
            """;

    public Optional<EscalatingIncident> open(UUID id) {
        return jdbc.sql(SELECT + " AND status = 'OPEN'")
                .param(id)
                .query((rs, n) -> incident(rs))
                .optional();
    }

    /** Open or closed: a request queued before the incident closed is still published. */
    public Optional<EscalatingIncident> any(UUID id) {
        return jdbc.sql(SELECT).param(id).query((rs, n) -> incident(rs)).optional();
    }

    private EscalatingIncident incident(ResultSet rs) throws SQLException {
        return new EscalatingIncident(
                rs.getObject("id", UUID.class),
                rs.getString("title"),
                rs.getString("message"),
                "LIFE_SAFETY".equals(rs.getString("priority")),
                rs.getBoolean("exercise"),
                rs.getTimestamp("declared_at").toInstant(),
                Duration.ofMillis(rs.getLong("step_timeout_ms")),
                Levels.fromJson(rs.getString("levels"), json),
                Arrays.asList((UUID[]) rs.getArray("affected_site_ids").getArray()),
                rs.getBoolean("roll_call"));
    }
}
