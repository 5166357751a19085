package io.muster.incident.scenario;

import io.muster.incident.storage.Jdbc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The stored scenarios, their versions, approvals and launches (blocking JDBC: call inside a {@link Jdbc} transaction). */
@Component
class Scenarios {

    /** A scenario's row. */
    record Head(UUID id, String name, int keypad, int latestVersion, String createdBy, @Nullable Instant retiredAt) {

        boolean retired() {
            return retiredAt != null;
        }
    }

    /** One stored version and who approved it. */
    record Version(
            int version, ScenarioDefinition definition, String editedBy, Instant editedAt, List<String> approvedBy) {}

    private final Jdbc jdbc;
    private final JsonMapper json;

    Scenarios(Jdbc jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The scenario, locked for the rest of the transaction when {@code lock}; 404 if there is none. */
    Head head(UUID id, boolean lock) {
        return jdbc.client()
                .sql("SELECT * FROM scenarios WHERE id = ?" + (lock ? " FOR UPDATE" : ""))
                .param(id)
                .query((rs, n) -> head(rs))
                .optional()
                .orElseThrow(() -> new ScenarioProblems.NotFound(id));
    }

    List<Head> current() {
        return jdbc.client()
                .sql("SELECT * FROM scenarios WHERE retired_at IS NULL ORDER BY keypad")
                .query((rs, n) -> head(rs))
                .list();
    }

    /** Inserts a new scenario with the lowest free keypad number; its head. */
    Head insert(UUID id, String name, String by, Instant at) {
        jdbc.client().sql("LOCK TABLE scenarios IN SHARE ROW EXCLUSIVE MODE").update();
        int keypad = jdbc.client()
                .sql("SELECT coalesce(min(k), 1) FROM generate_series(1, 999) k"
                        + " WHERE k NOT IN (SELECT keypad FROM scenarios)")
                .query(Integer.class)
                .single();
        jdbc.client()
                .sql(
                        "INSERT INTO scenarios (id, name, keypad, latest_version, created_by, created_at) VALUES (?, ?, ?, 0, ?, ?)")
                .params(id, name, keypad, by, Timestamp.from(at))
                .update();
        return head(id, false);
    }

    void insertVersion(UUID id, int version, ScenarioDefinition definition, String by, Instant at) {
        jdbc.client()
                .sql(
                        "INSERT INTO scenario_versions (scenario_id, version, incident_type, definition, edited_by, edited_at)"
                                + " VALUES (?, ?, ?, ?::jsonb, ?, ?)")
                .params(
                        id,
                        version,
                        definition.incidentType(),
                        json.writeValueAsString(definition),
                        by,
                        Timestamp.from(at))
                .update();
        jdbc.client()
                .sql("UPDATE scenarios SET latest_version = ?, name = ? WHERE id = ?")
                .params(version, definition.name(), id)
                .update();
    }

    Optional<Version> version(UUID id, int version) {
        return jdbc.client()
                .sql("SELECT version, definition::text AS definition, edited_by, edited_at,"
                        + " ARRAY(SELECT approved_by FROM scenario_approvals a"
                        + "       WHERE a.scenario_id = v.scenario_id AND a.version = v.version ORDER BY approved_at) AS approved_by"
                        + " FROM scenario_versions v WHERE scenario_id = ? AND version = ?")
                .params(id, version)
                .query((rs, n) -> new Version(
                        rs.getInt("version"),
                        json.readValue(rs.getString("definition"), ScenarioDefinition.class),
                        rs.getString("edited_by"),
                        rs.getTimestamp("edited_at").toInstant(),
                        List.of((String[]) rs.getArray("approved_by").getArray())))
                .optional();
    }

    /** The newest version someone approved, if any. */
    Optional<Integer> newestApproved(UUID id) {
        return jdbc.client()
                .sql("SELECT max(version) FROM scenario_approvals WHERE scenario_id = ?")
                .param(id)
                .query((rs, n) -> (Integer) rs.getObject(1))
                .optional()
                .filter(v -> v != null);
    }

    /** False when this person had approved this version already. */
    boolean approve(UUID id, int version, String by, Instant at) {
        return jdbc.client()
                        .sql("INSERT INTO scenario_approvals (scenario_id, version, approved_by, approved_at)"
                                + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
                        .params(id, version, by, Timestamp.from(at))
                        .update()
                == 1;
    }

    void retire(UUID id, Instant at) {
        jdbc.client()
                .sql("UPDATE scenarios SET retired_at = ? WHERE id = ? AND retired_at IS NULL")
                .params(Timestamp.from(at), id)
                .update();
    }

    void recordLaunch(UUID incidentId, UUID id, int version, String name, String by, String source, Instant at) {
        jdbc.client()
                .sql(
                        "INSERT INTO scenario_launches (incident_id, scenario_id, version, name, launched_by, source, launched_at)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(incidentId, id, version, name, by, source, Timestamp.from(at))
                .update();
    }

    private static Head head(ResultSet rs) throws SQLException {
        Timestamp retired = rs.getTimestamp("retired_at");
        return new Head(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getInt("keypad"),
                rs.getInt("latest_version"),
                rs.getString("created_by"),
                retired == null ? null : retired.toInstant());
    }
}
