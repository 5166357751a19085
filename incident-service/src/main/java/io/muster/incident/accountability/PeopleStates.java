package io.muster.incident.accountability;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The SQL that gives every recipient of an incident their state. NO_RESPONSE becomes UNREACHABLE
 * when every channel the person has an address for ended FAILED (latest report per channel), or
 * when they have no usable address at all (SMS to a number that opted out with STOP is not usable). Derived at read time, so escalation (which treats any stored
 * state but NO_RESPONSE as an answer) keeps climbing for an unreachable person towards their deputy.
 */
final class PeopleStates {

    static final String CTE =
            """
            WITH latest AS (
                SELECT DISTINCT ON (n.person_id, e.channel) n.person_id, e.channel, e.kind
                FROM notifications n JOIN recipient_events e ON e.notification_id = n.notification_id
                WHERE n.incident_id = :incident AND n.purpose <> 'ALL_CLEAR' AND e.kind NOT IN ('ANSWERED', 'HELD')
                ORDER BY n.person_id, e.channel, e.occurred_at DESC, e.received_at DESC
            ), failed AS (
                SELECT person_id, array_agg(channel) AS channels FROM latest WHERE kind = 'FAILED' GROUP BY person_id
            ), people_states AS (
                SELECT r.person_id, p.employee_id, p.display_name, p.site_id, s.name AS site,
                       s.alternate_site_id, alt.name AS alternate_site, a.site_id AS reporting_site_id,
                       rs.name AS reporting_site, a.channel, a.source, a.answered_at, a.late, a.actor, a.comment,
                       a.location,
                       CASE WHEN r.state <> 'NO_RESPONSE' THEN r.state
                            WHEN coalesce((SELECT bool_and(c = ANY(coalesce(f.channels, '{}'::text[])))
                                           FROM unnest(p.channels) c
                                           WHERE CASE WHEN c = 'EMAIL' THEN p.email IS NOT NULL
                                                      WHEN c = 'SMS' THEN p.phone IS NOT NULL AND NOT EXISTS (
                                                          SELECT 1 FROM contact_points o WHERE o.person_id = p.id
                                                          AND o.kind = 'PHONE' AND o.address = p.phone AND o.opted_out)
                                                      ELSE p.phone IS NOT NULL END), true)
                                 THEN 'UNREACHABLE'
                            ELSE 'NO_RESPONSE' END AS state
                FROM recipients r JOIN people p ON p.id = r.person_id
                LEFT JOIN failed f ON f.person_id = r.person_id
                LEFT JOIN accountability_answers a ON a.id = r.last_answer_id
                LEFT JOIN sites s ON s.id = p.site_id
                LEFT JOIN sites alt ON alt.id = s.alternate_site_id
                LEFT JOIN sites rs ON rs.id = a.site_id
                WHERE r.incident_id = :incident
            )
            """;

    static final String FILTERED =
            """
            FROM people_states x
            WHERE (CAST(:state AS text) IS NULL OR x.state = CAST(:state AS text))
              AND (CAST(:site AS uuid) IS NULL OR x.site_id = CAST(:site AS uuid)
                   OR x.reporting_site_id = CAST(:site AS uuid))
              AND (CAST(:q AS text) IS NULL OR x.employee_id ILIKE CAST(:q AS text) || '%' ESCAPE '\\'
                   OR x.display_name ILIKE '%' || CAST(:q AS text) || '%' ESCAPE '\\')
            """;

    private PeopleStates() {}

    static PersonRow row(ResultSet rs) throws SQLException {
        String source = rs.getString("source");
        Timestamp answeredAt = rs.getTimestamp("answered_at");
        return new PersonRow(
                rs.getObject("person_id", UUID.class),
                rs.getString("employee_id"),
                rs.getString("display_name"),
                State.valueOf(rs.getString("state")),
                rs.getObject("site_id", UUID.class),
                rs.getString("site"),
                rs.getObject("alternate_site_id", UUID.class),
                rs.getString("alternate_site"),
                rs.getObject("reporting_site_id", UUID.class),
                rs.getString("reporting_site"),
                rs.getString("channel"),
                source == null ? null : Source.valueOf(source),
                answeredAt == null ? null : answeredAt.toInstant(),
                rs.getObject("late", Boolean.class),
                rs.getString("actor"),
                rs.getString("comment"),
                rs.getString("location"));
    }

    /** A search text as a LIKE pattern that matches it literally. */
    static @Nullable String likeLiteral(@Nullable String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        return q.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
