package io.muster.incident.escalation;

import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Stops escalation when an answer arrives: the person's pending steps at once and, when their
 * level thereby reached its quorum, the rest of that level and the next level. Runs in the
 * caller's R2DBC transaction, the one that records the answer.
 */
@Component
public class EscalationStops {

    private static final String PERSON =
            """
            UPDATE escalation_timers t SET cancelled_at = now() FROM notifications n
            WHERE n.notification_id = $1 AND t.incident_id = n.incident_id AND t.person_id = n.person_id
              AND t.kind = 'STEP' AND t.fired_at IS NULL AND t.cancelled_at IS NULL
            """;

    private static final String QUORUM =
            """
            WITH me AS (
                SELECT r.incident_id, r.level FROM recipients r JOIN notifications n USING (incident_id, person_id)
                WHERE n.notification_id = $1 AND r.level >= 1
            ), met AS (
                SELECT me.incident_id, me.level FROM me JOIN incidents i ON i.id = me.incident_id
                WHERE (SELECT count(*) FROM recipients r
                       WHERE r.incident_id = me.incident_id AND r.level = me.level AND r.state <> 'NO_RESPONSE')
                      >= coalesce(((i.levels -> (me.level - 1)) ->> 'quorum')::int, 1)
            )
            UPDATE escalation_timers t SET cancelled_at = now() FROM met
            WHERE t.incident_id = met.incident_id AND t.fired_at IS NULL AND t.cancelled_at IS NULL
              AND ((t.kind = 'LEVEL' AND t.level = met.level + 1) OR (t.kind = 'STEP' AND t.level = met.level))
            """;

    private final DatabaseClient db;

    EscalationStops(DatabaseClient db) {
        this.db = db;
    }

    public Mono<Void> answered(UUID notificationId) {
        return db.sql(PERSON)
                .bind(0, notificationId)
                .then()
                .then(db.sql(QUORUM).bind(0, notificationId).then());
    }
}
