package io.muster.incident.callout;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The stored call-outs, the people each one asked and their answers. */
@Component
class CalloutRows {

    private static final String SELECT =
            """
            SELECT c.*,
                   (SELECT count(*) FROM callout_people p WHERE p.callout_id = c.id) AS asked,
                   (SELECT count(*) FROM callout_people p WHERE p.callout_id = c.id AND p.answer = 'NOT_COMING') AS declined,
                   (SELECT count(*) FROM callout_people p WHERE p.callout_id = c.id AND p.answer IS NULL) AS no_answer
            FROM callouts c
            """;

    private final JdbcClient jdbc;

    CalloutRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Callout> byKey(UUID incidentId, String requestKey) {
        return jdbc.sql(SELECT + " WHERE c.incident_id = ? AND c.request_key = ?")
                .params(incidentId, requestKey)
                .query(this::callout)
                .optional();
    }

    Optional<Callout> byId(UUID incidentId, UUID id) {
        return jdbc.sql(SELECT + " WHERE c.incident_id = ? AND c.id = ?")
                .params(incidentId, id)
                .query(this::callout)
                .optional();
    }

    List<Callout> of(UUID incidentId) {
        return jdbc.sql(SELECT + " WHERE c.incident_id = ? ORDER BY c.requested_at, c.id")
                .param(incidentId)
                .query(this::callout)
                .list();
    }

    void insert(UUID id, UUID incidentId, StartCallout start, String message, String by, Instant at) {
        jdbc.sql(
                        """
                        INSERT INTO callouts (id, incident_id, needed, roles, report_place, report_at, message, request_key,
                                              requested_by, requested_at)
                        VALUES (?, ?, ?, ?::text[], ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        id,
                        incidentId,
                        start.needed(),
                        start.roles().toArray(String[]::new),
                        start.reportTo().place(),
                        Timestamp.from(start.reportTo().time()),
                        message,
                        start.requestKey(),
                        by,
                        Timestamp.from(at))
                .update();
    }

    void asked(UUID id, Map<UUID, String> codes) {
        jdbc.sql(
                        """
                        INSERT INTO callout_people (callout_id, person_id, reply_code)
                        SELECT ?, t.p, t.c FROM unnest(?::uuid[], ?::text[]) AS t(p, c)
                        """)
                .param(id)
                .param(codes.keySet().toArray(UUID[]::new))
                .param(codes.values().toArray(String[]::new))
                .update();
    }

    private List<Callout.Coming> coming(UUID calloutId) {
        return jdbc.sql(
                        """
                        SELECT p.person_id, d.employee_id, d.display_name, p.answered_at, p.channel
                        FROM callout_people p JOIN people d ON d.id = p.person_id
                        WHERE p.callout_id = ? AND p.counted ORDER BY p.answered_at, d.employee_id
                        """)
                .param(calloutId)
                .query((rs, n) -> new Callout.Coming(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getString(5)))
                .list();
    }

    private Callout callout(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        List<Callout.Coming> coming = coming(id);
        Timestamp filled = rs.getTimestamp("filled_at");
        return new Callout(
                id,
                rs.getObject("incident_id", UUID.class),
                rs.getInt("needed"),
                Arrays.stream((String[]) rs.getArray("roles").getArray()).collect(Collectors.toList()),
                new StartCallout.ReportTo(
                        rs.getString("report_place"),
                        rs.getTimestamp("report_at").toInstant()),
                rs.getString("message"),
                rs.getString("request_key"),
                rs.getString("requested_by"),
                rs.getTimestamp("requested_at").toInstant(),
                filled == null ? "OPEN" : "FILLED",
                filled == null ? null : filled.toInstant(),
                rs.getInt("asked"),
                coming,
                rs.getInt("declined"),
                rs.getInt("no_answer"));
    }
}
