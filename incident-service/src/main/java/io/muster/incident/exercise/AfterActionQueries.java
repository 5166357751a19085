package io.muster.incident.exercise;

import io.muster.incident.progress.Reached;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads what an after-action report is made of from the recipient tables. Reached is {@link Reached}'s one
 * definition (email counts when the mail server took it); all-clear messages are left out.
 */
@Component
class AfterActionQueries {

    record IncidentFacts(
            String title,
            boolean exercise,
            String type,
            Instant declaredAt,
            @Nullable Instant closedAt,
            @Nullable Double rtoSeconds,
            AfterActionReport.@Nullable Scenario scenario) {}

    record PersonFacts(
            UUID personId,
            String employeeId,
            String name,
            int level,
            @Nullable Instant notifiedAt,
            @Nullable Instant reachedAt,
            @Nullable Instant answeredAt,
            boolean failedAny) {}

    private static final String REACHED = Reached.EVENT;
    private static final String EVENTS =
            """
            FROM notifications n JOIN recipient_events e ON e.notification_id = n.notification_id
            WHERE n.incident_id = ? AND n.purpose <> 'ALL_CLEAR'
            """;

    private final JdbcClient jdbc;

    AfterActionQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<IncidentFacts> incident(UUID id) {
        return jdbc.sql(
                        """
                        SELECT i.title, i.exercise, i.incident_type, i.declared_at, i.closed_at,
                               extract(epoch FROM t.rto)::float8 AS rto_seconds,
                               s.scenario_id, s.version AS scenario_version, s.name AS scenario_name
                        FROM incidents i LEFT JOIN incident_types t ON t.code = i.incident_type
                        LEFT JOIN scenario_launches s ON s.incident_id = i.id
                        WHERE i.id = ?
                        """)
                .param(id)
                .query((rs, n) -> new IncidentFacts(
                        rs.getString("title"),
                        rs.getBoolean("exercise"),
                        rs.getString("incident_type"),
                        rs.getTimestamp("declared_at").toInstant(),
                        instant(rs, "closed_at"),
                        (Double) rs.getObject("rto_seconds"),
                        rs.getObject("scenario_id") == null
                                ? null
                                : new AfterActionReport.Scenario(
                                        rs.getObject("scenario_id", UUID.class),
                                        rs.getInt("scenario_version"),
                                        rs.getString("scenario_name"))))
                .optional();
    }

    List<PersonFacts> people(UUID id) {
        return jdbc.sql("SELECT r.person_id, p.employee_id, p.display_name, r.level, r.notified_at,"
                        + " min(e.occurred_at) FILTER (WHERE " + REACHED + ") AS reached_at,"
                        + " min(e.occurred_at) FILTER (WHERE e.kind = 'ANSWERED') AS answered_at,"
                        + " coalesce(bool_or(e.kind = 'FAILED'), false) AS failed_any"
                        + " FROM recipients r JOIN people p ON p.id = r.person_id"
                        + " LEFT JOIN notifications n ON n.incident_id = r.incident_id AND n.person_id = r.person_id"
                        + " AND n.purpose <> 'ALL_CLEAR'"
                        + " LEFT JOIN recipient_events e ON e.notification_id = n.notification_id"
                        + " WHERE r.incident_id = ?"
                        + " GROUP BY r.person_id, p.employee_id, p.display_name, r.level, r.notified_at"
                        + " ORDER BY p.employee_id")
                .param(id)
                .query((rs, n) -> new PersonFacts(
                        rs.getObject("person_id", UUID.class),
                        rs.getString("employee_id"),
                        rs.getString("display_name"),
                        rs.getInt("level"),
                        instant(rs, "notified_at"),
                        instant(rs, "reached_at"),
                        instant(rs, "answered_at"),
                        rs.getBoolean("failed_any")))
                .list();
    }

    List<AfterActionReport.ChannelFigures> channels(UUID id) {
        return jdbc.sql("SELECT e.channel,"
                        + " count(DISTINCT n.person_id) FILTER (WHERE e.kind IN ('SENT', 'DELIVERED', 'FAILED')) AS attempted,"
                        + " count(DISTINCT n.person_id) FILTER (WHERE e.kind <> 'ANSWERED' AND " + REACHED
                        + ") AS delivered,"
                        + " count(DISTINCT n.person_id) FILTER (WHERE e.kind = 'FAILED') AS failed,"
                        + " count(DISTINCT n.person_id) FILTER (WHERE e.kind = 'ANSWERED') AS answered "
                        + EVENTS + " AND e.channel IS NOT NULL GROUP BY e.channel ORDER BY e.channel")
                .param(id)
                .query((rs, n) -> {
                    int attempted = rs.getInt("attempted");
                    int answered = rs.getInt("answered");
                    return new AfterActionReport.ChannelFigures(
                            rs.getString("channel"),
                            attempted,
                            rs.getInt("delivered"),
                            rs.getInt("failed"),
                            answered,
                            attempted == 0 ? null : (double) answered / attempted);
                })
                .list();
    }

    List<AfterActionReport.InvalidContact> invalidContacts(UUID id) {
        return jdbc.sql("SELECT DISTINCT ON (n.person_id, e.channel) n.person_id, p.employee_id, e.channel, e.detail "
                        + EVENTS.replace("WHERE", "JOIN people p ON p.id = n.person_id WHERE")
                        + " AND e.kind = 'FAILED' AND e.detail LIKE '%(permanent)%'"
                        + " ORDER BY n.person_id, e.channel, e.occurred_at DESC")
                .param(id)
                .query((rs, n) -> new AfterActionReport.InvalidContact(
                        rs.getObject("person_id", UUID.class),
                        rs.getString("employee_id"),
                        String.valueOf(rs.getString("channel")),
                        reason(rs.getString("detail"))))
                .list();
    }

    private static @Nullable String reason(@Nullable String detail) {
        return detail == null ? null : detail.replace("(permanent)", "").strip();
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
