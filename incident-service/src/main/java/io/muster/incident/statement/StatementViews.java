package io.muster.incident.statement;

import io.muster.incident.facts.IncidentNotFound;
import io.muster.incident.storage.Jdbc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Reads statements with all their versions and approvals (blocking JDBC). */
@Component
class StatementViews {

    private static final String SELECT =
            """
            SELECT id, incident_id, created_by, created_at, latest_version, exercise, published_version,
                   published_by, published_at, msg_type, reference_ids, public
            FROM statements
            """;

    private final Jdbc jdbc;
    private final Statements statements;

    StatementViews(Jdbc jdbc, Statements statements) {
        this.jdbc = jdbc;
        this.statements = statements;
    }

    StatementView one(UUID incidentId, UUID id) {
        return jdbc.client()
                .sql(SELECT + " WHERE id = ? AND incident_id = ?")
                .params(id, incidentId)
                .query((rs, n) -> view(rs))
                .optional()
                .orElseThrow(() -> new StatementProblems.NotFound(id));
    }

    List<StatementView> ofIncident(UUID incidentId) {
        List<StatementView> statements = jdbc.client()
                .sql(SELECT + " WHERE incident_id = ? ORDER BY created_at, id")
                .param(incidentId)
                .query((rs, n) -> view(rs))
                .list();
        if (statements.isEmpty() && !incidentExists(incidentId)) {
            throw new IncidentNotFound(incidentId);
        }
        return statements;
    }

    private boolean incidentExists(UUID incidentId) {
        return jdbc.client()
                        .sql("SELECT count(*) FROM incidents WHERE id = ?")
                        .param(incidentId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private StatementView view(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        Timestamp publishedAt = rs.getTimestamp("published_at");
        return new StatementView(
                id,
                rs.getObject("incident_id", UUID.class),
                publishedAt == null ? "DRAFT" : "PUBLISHED",
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getInt("latest_version"),
                rs.getBoolean("exercise"),
                (Integer) rs.getObject("published_version"),
                rs.getString("published_by"),
                publishedAt == null ? null : publishedAt.toInstant(),
                rs.getString("msg_type"),
                Arrays.asList((UUID[]) rs.getArray("reference_ids").getArray()),
                rs.getBoolean("public"),
                versions(id));
    }

    private List<StatementView.Version> versions(UUID id) {
        return jdbc.client()
                .sql(
                        """
                        SELECT v.version, v.headline, v.texts::text AS texts, v.drafted_by, v.drafted_at,
                               coalesce(array_agg(a.approved_by ORDER BY a.approved_at) FILTER (WHERE a.approved_by IS NOT NULL), '{}') AS approvers
                        FROM statement_versions v
                        LEFT JOIN statement_approvals a ON a.statement_id = v.statement_id AND a.version = v.version
                        WHERE v.statement_id = ?
                        GROUP BY v.version, v.headline, v.texts::text, v.drafted_by, v.drafted_at
                        ORDER BY v.version
                        """)
                .param(id)
                .query((rs, n) -> new StatementView.Version(
                        rs.getInt("version"),
                        rs.getString("headline"),
                        statements.texts(rs.getString("texts")),
                        rs.getString("drafted_by"),
                        rs.getTimestamp("drafted_at").toInstant(),
                        Arrays.asList((String[]) rs.getArray("approvers").getArray())))
                .list();
    }
}
