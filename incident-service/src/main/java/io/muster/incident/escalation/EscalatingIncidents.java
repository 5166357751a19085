package io.muster.incident.escalation;

import io.muster.incident.calltree.Levels;
import io.muster.incident.facts.IncidentFacts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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
            SELECT %s, step_timeout_ms, levels::text AS levels, roll_call, bridge, texts::text AS texts FROM incidents WHERE id = ?
            """
                    .formatted(IncidentFacts.COLUMNS);

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
        return EscalatingIncident.of(
                IncidentFacts.of(rs),
                Duration.ofMillis(rs.getLong("step_timeout_ms")),
                Levels.fromJson(rs.getString("levels"), json),
                rs.getBoolean("roll_call"),
                rs.getBoolean("bridge"),
                texts(rs.getString("texts")));
    }

    private List<IncidentText> texts(@Nullable String column) {
        return column == null ? List.of() : List.of(json.readValue(column, IncidentText[].class));
    }
}
