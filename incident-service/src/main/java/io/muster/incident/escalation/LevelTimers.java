package io.muster.incident.escalation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An incident's pending LEVEL timers (one row per level still to start; step timers are per
 * cohort and untouched here). For "escalate now": the next level is made due at once, and the
 * engine starts it on its next tick with the usual claim, so it still starts exactly once.
 */
@Component
public class LevelTimers {

    private final JdbcClient jdbc;

    LevelTimers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Must run in a JDBC transaction. Makes the incident's next pending level due at {@code now};
     * returns its number, or empty when no level is pending (or an engine is starting it).
     */
    public Optional<Integer> makeNextDue(UUID incidentId, Instant now) {
        return jdbc.sql(
                        """
                        UPDATE escalation_timers SET due_at = ? WHERE id = (
                            SELECT id FROM escalation_timers
                            WHERE incident_id = ? AND kind = 'LEVEL' AND fired_at IS NULL AND cancelled_at IS NULL
                            ORDER BY level LIMIT 1 FOR UPDATE SKIP LOCKED)
                        RETURNING level
                        """)
                .param(Timestamp.from(now))
                .param(incidentId)
                .query(Integer.class)
                .optional();
    }
}
