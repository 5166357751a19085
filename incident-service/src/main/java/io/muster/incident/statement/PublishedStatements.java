package io.muster.incident.statement;

import io.muster.incident.storage.Jdbc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Reads published statements for the public page, feeds, CAP and subscriber mail (blocking JDBC). */
@Component
public class PublishedStatements {

    private static final String SELECT =
            """
            SELECT s.id, s.incident_id, s.published_version, s.msg_type, v.headline, v.texts::text AS texts,
                   s.published_at, s.published_by, s.exercise, s.public, s.reference_ids, i.severity, t.name AS event_name
            FROM statements s
            JOIN statement_versions v ON v.statement_id = s.id AND v.version = s.published_version
            JOIN incidents i ON i.id = s.incident_id
            JOIN incident_types t ON t.code = i.incident_type
            """;

    private final Jdbc jdbc;
    private final Statements statements;

    PublishedStatements(Jdbc jdbc, Statements statements) {
        this.jdbc = jdbc;
        this.statements = statements;
    }

    /** Public statements (real incidents', and exercises' published as public), newest first. */
    public List<PublishedStatement> publicNewestFirst(int limit) {
        return jdbc.client()
                .sql(SELECT + " WHERE s.public ORDER BY s.published_at DESC, s.id LIMIT ?")
                .param(limit)
                .query((rs, n) -> statement(rs))
                .list();
    }

    /** Any published statement, public or not (the caller decides who may see it). */
    public Optional<PublishedStatement> published(UUID id) {
        return jdbc.client()
                .sql(SELECT + " WHERE s.id = ? AND s.published_at IS NOT NULL")
                .param(id)
                .query((rs, n) -> statement(rs))
                .optional();
    }

    /**
     * The incident's statements published before, that a new one refers to (CAP {@code references})
     * and that decide its message type: for a public statement only the public ones, since the
     * public page, feed and CAP must never point at an internal (exercise) statement they do not
     * show; for an internal one, all of them.
     */
    public List<PublishedStatement.Reference> earlier(UUID incidentId, boolean forPublic) {
        return jdbc.client()
                .sql(
                        """
                        SELECT id, published_at FROM statements
                        WHERE incident_id = ? AND published_at IS NOT NULL AND (public OR NOT ?)
                        ORDER BY published_at, id
                        """)
                .params(incidentId, forPublic)
                .query(PublishedStatement.Reference.class)
                .list();
    }

    private PublishedStatement statement(ResultSet rs) throws SQLException {
        return new PublishedStatement(
                rs.getObject("id", UUID.class),
                rs.getObject("incident_id", UUID.class),
                rs.getInt("published_version"),
                rs.getString("msg_type"),
                rs.getString("headline"),
                statements.texts(rs.getString("texts")),
                rs.getTimestamp("published_at").toInstant(),
                rs.getString("published_by"),
                rs.getBoolean("exercise"),
                rs.getBoolean("public"),
                references((UUID[]) rs.getArray("reference_ids").getArray()),
                rs.getString("severity"),
                rs.getString("event_name"));
    }

    private List<PublishedStatement.Reference> references(UUID[] ids) {
        if (ids.length == 0) {
            return List.of();
        }
        return jdbc.client()
                .sql("SELECT id, published_at FROM statements WHERE id = ANY(?::uuid[]) ORDER BY published_at, id")
                .param(ids)
                .query(PublishedStatement.Reference.class)
                .list();
    }
}
