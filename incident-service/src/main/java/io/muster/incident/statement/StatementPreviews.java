package io.muster.incident.statement;

import io.muster.incident.storage.Jdbc;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A statement's latest version as it would go out if published now: the message type and
 * references the publication would give it (Alert first, then Update referring to every earlier
 * published statement it may refer to: see {@link PublishedStatements#earlier}), so the spokesperson
 * sees the page, feed and CAP before publishing. A
 * statement already published is shown as it was published.
 */
@Component
public class StatementPreviews {

    private static final String LATEST =
            """
            SELECT s.published_at, s.exercise, v.version, v.headline, v.texts::text AS texts,
                   i.severity, t.name AS event_name
            FROM statements s
            JOIN statement_versions v ON v.statement_id = s.id AND v.version = s.latest_version
            JOIN incidents i ON i.id = s.incident_id
            JOIN incident_types t ON t.code = i.incident_type
            WHERE s.id = ? AND s.incident_id = ?
            """;

    private final Jdbc jdbc;
    private final Statements statements;
    private final PublishedStatements published;

    StatementPreviews(Jdbc jdbc, Statements statements, PublishedStatements published) {
        this.jdbc = jdbc;
        this.statements = statements;
        this.published = published;
    }

    /** Blocking: call inside a {@link Jdbc} transaction. 404 unless the statement belongs to the incident. */
    public PublishedStatement preview(
            UUID incidentId, UUID statementId, String publisher, Instant at, boolean publishExercise) {
        Latest latest = jdbc.client()
                .sql(LATEST)
                .params(statementId, incidentId)
                .query((rs, n) -> new Latest(
                        rs.getTimestamp("published_at") != null,
                        rs.getBoolean("exercise"),
                        rs.getInt("version"),
                        rs.getString("headline"),
                        rs.getString("texts"),
                        rs.getString("severity"),
                        rs.getString("event_name")))
                .optional()
                .orElseThrow(() -> new StatementProblems.NotFound(statementId));
        if (latest.published()) {
            return published.published(statementId).orElseThrow(() -> new StatementProblems.NotFound(statementId));
        }
        boolean isPublic = !latest.exercise() || publishExercise;
        List<PublishedStatement.Reference> earlier = published.earlier(incidentId, isPublic);
        return new PublishedStatement(
                statementId,
                incidentId,
                latest.version(),
                earlier.isEmpty() ? "Alert" : "Update",
                latest.headline(),
                statements.texts(latest.texts()),
                at,
                publisher,
                latest.exercise(),
                isPublic,
                earlier,
                latest.severity(),
                latest.eventName());
    }

    private record Latest(
            boolean published,
            boolean exercise,
            int version,
            String headline,
            String texts,
            String severity,
            String eventName) {}
}
