package io.muster.incident.exercise;

import io.muster.incident.storage.Jdbc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The stored drills and their occurrences (blocking JDBC: call inside a {@link Jdbc} transaction). */
@Component
class Drills {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};
    private static final String COLUMNS =
            "SELECT id, title, declaration::text AS declaration, first_at, recurrence, next_at, created_by, created_at FROM drills ";

    private final Jdbc jdbc;
    private final JsonMapper json;

    Drills(Jdbc jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(DrillView drill) {
        jdbc.client()
                .sql(
                        "INSERT INTO drills (id, title, declaration, first_at, recurrence, next_at, created_by, created_at)"
                                + " VALUES (?, ?, ?::jsonb, ?, ?, ?, ?, ?)")
                .params(
                        drill.id(),
                        drill.title(),
                        json.writeValueAsString(drill.declaration()),
                        Timestamp.from(drill.firstAt()),
                        drill.recurrence(),
                        drill.nextAt() == null ? null : Timestamp.from(drill.nextAt()),
                        drill.createdBy(),
                        Timestamp.from(drill.createdAt()))
                .update();
    }

    List<DrillView> all() {
        return jdbc.client()
                .sql(COLUMNS + "ORDER BY created_at DESC, id")
                .query(this::drill)
                .list();
    }

    Optional<DrillView> byId(UUID id) {
        return jdbc.client()
                .sql(COLUMNS + "WHERE id = ?")
                .param(id)
                .query(this::drill)
                .optional()
                .map(drill -> drill.withRuns(runs(id)));
    }

    boolean delete(UUID id) {
        return jdbc.client().sql("DELETE FROM drills WHERE id = ?").param(id).update() > 0;
    }

    /** The most overdue drill no other instance holds, locked until the transaction ends. */
    Optional<DrillView> claimDue(Instant now) {
        return jdbc.client()
                .sql(COLUMNS + "WHERE next_at <= ? ORDER BY next_at LIMIT 1 FOR UPDATE SKIP LOCKED")
                .param(Timestamp.from(now))
                .query(this::drill)
                .optional();
    }

    /** The drill again, if it is still due at that occurrence and no one else holds it. */
    Optional<DrillView> claim(UUID id, Instant scheduledAt) {
        return jdbc.client()
                .sql(COLUMNS + "WHERE id = ? AND next_at = ? FOR UPDATE SKIP LOCKED")
                .param(id)
                .param(Timestamp.from(scheduledAt))
                .query(this::drill)
                .optional();
    }

    void ran(
            UUID id,
            Instant scheduledAt,
            Instant ranAt,
            @Nullable UUID incidentId,
            @Nullable String error,
            @Nullable Instant next) {
        jdbc.client()
                .sql(
                        "INSERT INTO drill_runs (drill_id, scheduled_at, ran_at, incident_id, error) VALUES (?, ?, ?, ?, ?)")
                .params(id, Timestamp.from(scheduledAt), Timestamp.from(ranAt), incidentId, error)
                .update();
        jdbc.client()
                .sql("UPDATE drills SET next_at = ? WHERE id = ?")
                .params(next == null ? null : Timestamp.from(next), id)
                .update();
    }

    private List<DrillView.Run> runs(UUID id) {
        return jdbc.client()
                .sql(
                        "SELECT scheduled_at, ran_at, incident_id, error FROM drill_runs WHERE drill_id = ? ORDER BY scheduled_at DESC")
                .param(id)
                .query(DrillView.Run.class)
                .list();
    }

    private DrillView drill(ResultSet rs, int n) throws SQLException {
        Timestamp next = rs.getTimestamp("next_at");
        return new DrillView(
                rs.getObject("id", UUID.class),
                rs.getString("title"),
                json.readValue(rs.getString("declaration"), MAP),
                rs.getTimestamp("first_at").toInstant(),
                rs.getString("recurrence"),
                next == null ? null : next.toInstant(),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                List.of());
    }
}
