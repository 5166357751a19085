package io.muster.incident.correction;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The stored corrections of incidents, with how many of each one's messages have been sent so far. */
@Component
class CorrectionRows {

    private static final TypeReference<Map<String, String>> MESSAGES = new TypeReference<>() {};

    private static final String SELECT =
            """
            SELECT c.*, (SELECT count(DISTINCT cn.notification_id) FROM correction_notifications cn
                         JOIN recipient_events e ON e.notification_id = cn.notification_id AND e.kind IN ('SENT', 'DELIVERED')
                         WHERE cn.correction_id = c.id) AS sent
            FROM corrections c
            """;

    /** When the incident was declared and when the last message of its corrections was sent. */
    record Timing(Instant declaredAt, @Nullable Instant lastSentAt) {

        @Nullable
        Duration declaredToLastSent() {
            return lastSentAt == null ? null : Duration.between(declaredAt, lastSentAt);
        }
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    CorrectionRows(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Locks the incident as closing does (a close and a correction are serialised); its status, if it exists. */
    Optional<String> lockIncident(UUID incidentId) {
        return jdbc.sql("SELECT status FROM incidents WHERE id = ? FOR UPDATE")
                .param(incidentId)
                .query(String.class)
                .optional();
    }

    Optional<Correction> byKey(UUID incidentId, String requestKey) {
        return jdbc.sql(SELECT + " WHERE c.incident_id = ? AND c.request_key = ?")
                .params(incidentId, requestKey)
                .query(this::correction)
                .optional();
    }

    List<Correction> of(UUID incidentId) {
        return jdbc.sql(SELECT + " WHERE c.incident_id = ? ORDER BY c.requested_at, c.id")
                .param(incidentId)
                .query(this::correction)
                .list();
    }

    Optional<Timing> timing(UUID incidentId) {
        return jdbc.sql(
                        """
                        SELECT i.declared_at, (SELECT max(e.occurred_at) FROM correction_notifications cn
                               JOIN recipient_events e ON e.notification_id = cn.notification_id AND e.kind = 'SENT'
                               WHERE cn.incident_id = i.id) AS last_sent_at
                        FROM incidents i WHERE i.id = ?
                        """)
                .param(incidentId)
                .query((rs, n) -> new Timing(
                        rs.getTimestamp(1).toInstant(),
                        rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant()))
                .optional();
    }

    void insert(UUID id, UUID incidentId, CorrectAlert request, Map<String, String> messages, String by, Instant at) {
        jdbc.sql(
                        """
                        INSERT INTO corrections (id, incident_id, kind, request_key, messages, requested_by, requested_at, recipients)
                        VALUES (?, ?, ?, ?, ?::jsonb, ?, ?, 0)
                        """)
                .params(
                        id,
                        incidentId,
                        request.kind().name(),
                        request.requestKey(),
                        json.writeValueAsString(messages),
                        by,
                        Timestamp.from(at))
                .update();
    }

    void completed(UUID id, int recipients, @Nullable UUID statementId) {
        jdbc.sql("UPDATE corrections SET recipients = ?, statement_id = ? WHERE id = ?")
                .params(recipients, statementId, id)
                .update();
    }

    private Correction correction(ResultSet rs, int row) throws SQLException {
        return new Correction(
                rs.getObject("id", UUID.class),
                rs.getObject("incident_id", UUID.class),
                Correction.Kind.valueOf(rs.getString("kind")),
                rs.getString("request_key"),
                json.readValue(rs.getString("messages"), MESSAGES),
                rs.getString("requested_by"),
                rs.getTimestamp("requested_at").toInstant(),
                rs.getInt("recipients"),
                rs.getLong("sent"),
                rs.getObject("statement_id", UUID.class));
    }
}
