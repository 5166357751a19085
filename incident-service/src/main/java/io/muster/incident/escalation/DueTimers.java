package io.muster.incident.escalation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Claims due timers with {@code FOR UPDATE SKIP LOCKED} and marks them fired in the same
 * transaction: another engine instance skips them, and a crash before commit leaves them due. A
 * cohort's step waits until the relay has published the cohort's first requests: the relay reads
 * the members by cohort, so nobody may leave it before (and step 1 never overtakes step 0).
 */
@Component
class DueTimers {

    record Due(long id, UUID incidentId, String kind, @Nullable UUID cohort, int level, int step) {}

    private final JdbcClient jdbc;

    DueTimers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Due> claim(Instant now, int limit) {
        List<Due> due = jdbc.sql(
                        """
                        SELECT id, incident_id, kind, cohort, level, step FROM escalation_timers
                        WHERE fired_at IS NULL AND cancelled_at IS NULL AND due_at <= ?
                          AND NOT EXISTS (SELECT 1 FROM outbox o
                                          WHERE o.cohort = escalation_timers.cohort AND o.published_at IS NULL)
                        ORDER BY due_at LIMIT ? FOR UPDATE SKIP LOCKED
                        """)
                .param(java.sql.Timestamp.from(now))
                .param(limit)
                .query((rs, n) -> new Due(
                        rs.getLong("id"),
                        rs.getObject("incident_id", UUID.class),
                        rs.getString("kind"),
                        rs.getObject("cohort", UUID.class),
                        rs.getInt("level"),
                        rs.getInt("step")))
                .list();
        if (!due.isEmpty()) {
            jdbc.sql("UPDATE escalation_timers SET fired_at = ? WHERE id = ANY(?::bigint[])")
                    .param(java.sql.Timestamp.from(now))
                    .param(due.stream().mapToLong(Due::id).toArray())
                    .update();
        }
        return due;
    }
}
