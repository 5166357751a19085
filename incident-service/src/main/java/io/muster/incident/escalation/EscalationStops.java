package io.muster.incident.escalation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Stops escalation when an answer arrives: when the person's level thereby reached its quorum,
 * the rest of that level and the next level. A level is counted only while it still has a timer to
 * stop, and only until its quorum is found: once a level of 100,000 has stopped escalating, the rest
 * of its answers cost no count at all (a whole-level count per poll did). The person's own steps need no write: their step
 * timer is their cohort's, and it only sends to members whose state is still NO_RESPONSE (see
 * {@link PendingSteps}), which the answer changed when it was recorded (before this runs).
 *
 * <p>Runs in the caller's JDBC transaction, the one that records the answer: "answered" and
 * "escalation stopped" commit together or not at all, so no crash or outage between the two can
 * leave an answered person's level climbing, and the stop needs no connection of its own.
 */
@Component
public class EscalationStops {

    /** A timer still to stop when the level {@code %1$s} names has met its quorum: its steps and the next level. */
    private static final String STOPPABLE =
            """
            t.incident_id = %1$s.incident_id AND t.fired_at IS NULL AND t.cancelled_at IS NULL
              AND ((t.kind = 'LEVEL' AND t.level = %1$s.level + 1) OR (t.kind = 'STEP' AND t.level = %1$s.level))""";

    private static final String QUORUM =
            """
            WITH me AS (
                SELECT DISTINCT r.incident_id, r.level FROM recipients r JOIN notifications n USING (incident_id, person_id)
                WHERE n.notification_id = ANY(?::uuid[]) AND r.level >= 1
            ), pending AS (
                SELECT me.incident_id, me.level, coalesce(((i.levels -> (me.level - 1)) ->> 'quorum')::int, 1) AS quorum
                FROM me JOIN incidents i ON i.id = me.incident_id
                WHERE EXISTS (SELECT 1 FROM escalation_timers t WHERE %s)
            ), met AS (
                SELECT p.incident_id, p.level FROM pending p
                WHERE (SELECT count(*) FROM (SELECT 1 FROM recipients r
                       WHERE r.incident_id = p.incident_id AND r.level = p.level AND r.state <> 'NO_RESPONSE'
                       LIMIT p.quorum) answered) >= p.quorum
            )
            UPDATE escalation_timers t SET cancelled_at = now() FROM met WHERE %s
            """
                    .formatted(STOPPABLE.formatted("me"), STOPPABLE.formatted("met"));

    private final JdbcClient jdbc;

    EscalationStops(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Cancels every pending timer of the incident, its steps and its levels; call inside the caller's transaction. */
    public int stopAll(UUID incidentId, Instant now) {
        return jdbc.sql(
                        "UPDATE escalation_timers SET cancelled_at = ? WHERE incident_id = ? AND fired_at IS NULL AND cancelled_at IS NULL")
                .param(Timestamp.from(now))
                .param(incidentId)
                .update();
    }

    /** Call inside the JDBC transaction that recorded the answer. */
    public void answered(UUID notificationId) {
        answeredAll(List.of(notificationId));
    }

    /** One statement for many answers: each level they belong to is counted once. Call inside the answers' transaction. */
    public void answeredAll(Collection<UUID> notificationIds) {
        jdbc.sql(QUORUM).param(notificationIds.toArray(UUID[]::new)).update();
    }
}
