package io.muster.incident.accountability;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** HR's rows: every recipient of an incident with their state as {@link RecipientStates} defines it. */
final class PeopleStates {

    /** Every recipient of the incident {@code :incident} with their person, sites, latest answer and state. */
    static final String CTE = RecipientStates.CTE.replace(":incidents", "ARRAY[CAST(:incident AS uuid)]")
            + """
            , people_states AS (
                SELECT x.person_id, p.employee_id, p.display_name, p.site_id, s.name AS site,
                       s.alternate_site_id, alt.name AS alternate_site, a.site_id AS reporting_site_id,
                       rs.name AS reporting_site, a.channel, a.source, a.answered_at, a.late, a.actor, a.comment,
                       a.location, x.state
                FROM states x JOIN people p ON p.id = x.person_id
                LEFT JOIN accountability_answers a ON a.id = x.last_answer_id
                LEFT JOIN sites s ON s.id = p.site_id
                LEFT JOIN sites alt ON alt.id = s.alternate_site_id
                LEFT JOIN sites rs ON rs.id = a.site_id
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
