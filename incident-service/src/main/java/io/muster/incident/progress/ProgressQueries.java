package io.muster.incident.progress;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads, per targeted person and channel, when they were first reached and first answered (all-clears left out). */
@Component
class ProgressQueries {

    /** One person on one channel; a null channel holds a person nothing was recorded for (or a channel-less answer). */
    record Reading(
            UUID personId,
            int level,
            @Nullable String channel,
            @Nullable Instant reachedAt,
            @Nullable Instant answeredAt,
            boolean tried) {}

    private final JdbcClient jdbc;

    ProgressQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Reading> readings(UUID incident) {
        return jdbc.sql("SELECT r.person_id, r.level, e.channel,"
                        + " min(e.occurred_at) FILTER (WHERE " + Reached.EVENT + ") AS reached_at,"
                        + " min(e.occurred_at) FILTER (WHERE e.kind = 'ANSWERED') AS answered_at,"
                        + " count(e.kind) > 0 AS tried"
                        + " FROM recipients r"
                        + " LEFT JOIN notifications n ON n.incident_id = r.incident_id AND n.person_id = r.person_id"
                        + " AND n.purpose <> 'ALL_CLEAR'"
                        + " LEFT JOIN recipient_events e ON e.notification_id = n.notification_id"
                        + " WHERE r.incident_id = ?"
                        + " GROUP BY r.person_id, r.level, e.channel")
                .param(incident)
                .query((rs, n) -> new Reading(
                        rs.getObject("person_id", UUID.class),
                        rs.getInt("level"),
                        rs.getString("channel"),
                        instant(rs, "reached_at"),
                        instant(rs, "answered_at"),
                        rs.getBoolean("tried")))
                .list();
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
