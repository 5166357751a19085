package io.muster.incident.statement;

import io.muster.incident.storage.Jdbc;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The statements, their versions and approvals (blocking JDBC: call inside a {@link Jdbc} transaction). */
@Component
class Statements {

    private static final TypeReference<List<LanguageText>> TEXTS = new TypeReference<>() {};

    private final Jdbc jdbc;
    private final JsonMapper json;

    Statements(Jdbc jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The statement, locked for the rest of the transaction; 404 unless it belongs to the incident. */
    StatementHead lockedHead(UUID incidentId, UUID id) {
        return jdbc.client()
                .sql("SELECT id, incident_id, latest_version, published_version, exercise FROM statements"
                        + " WHERE id = ? AND incident_id = ? FOR UPDATE")
                .params(id, incidentId)
                .query((rs, n) -> new StatementHead(
                        rs.getObject("id", UUID.class),
                        rs.getObject("incident_id", UUID.class),
                        rs.getInt("latest_version"),
                        (Integer) rs.getObject("published_version"),
                        rs.getBoolean("exercise")))
                .optional()
                .orElseThrow(() -> new StatementProblems.NotFound(id));
    }

    void insert(UUID id, UUID incidentId, boolean exercise, String by, Instant at) {
        jdbc.client()
                .sql("INSERT INTO statements (id, incident_id, created_by, created_at, latest_version, exercise)"
                        + " VALUES (?, ?, ?, ?, 1, ?)")
                .params(id, incidentId, by, Timestamp.from(at), exercise)
                .update();
    }

    void insertVersion(UUID id, int version, DraftStatement draft, String by, Instant at) {
        jdbc.client()
                .sql("INSERT INTO statement_versions (statement_id, version, headline, texts, drafted_by, drafted_at)"
                        + " VALUES (?, ?, ?, ?::jsonb, ?, ?)")
                .params(id, version, draft.headline(), json.writeValueAsString(draft.texts()), by, Timestamp.from(at))
                .update();
        jdbc.client()
                .sql("UPDATE statements SET latest_version = ? WHERE id = ?")
                .params(version, id)
                .update();
    }

    String draftedBy(UUID id, int version) {
        return jdbc.client()
                .sql("SELECT drafted_by FROM statement_versions WHERE statement_id = ? AND version = ?")
                .params(id, version)
                .query(String.class)
                .single();
    }

    /** False when this person had already approved this version. */
    boolean approve(UUID id, int version, String by, Instant at) {
        return jdbc.client()
                        .sql("INSERT INTO statement_approvals (statement_id, version, approved_by, approved_at)"
                                + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
                        .params(id, version, by, Timestamp.from(at))
                        .update()
                == 1;
    }

    boolean approvedBySomeoneBut(UUID id, int version, String username) {
        return jdbc.client()
                        .sql("SELECT count(*) FROM statement_approvals"
                                + " WHERE statement_id = ? AND version = ? AND approved_by <> ?")
                        .params(id, version, username)
                        .query(Long.class)
                        .single()
                > 0;
    }

    List<LanguageText> texts(String stored) {
        return json.readValue(stored, TEXTS);
    }
}
