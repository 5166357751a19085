package io.muster.incident.recipient;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Counts per incident, aggregated by the database in one statement for any number of incidents. */
@Component
public class RecipientStatistics {

    private static final String COUNTS =
            """
            WITH targeted AS (
                SELECT r.incident_id, r.person_id, r.state FROM recipients r WHERE r.incident_id = ANY($1::uuid[])
            ), events AS (
                SELECT n.incident_id, n.person_id, e.* FROM notifications n
                JOIN recipient_events e ON e.notification_id = n.notification_id
                WHERE n.incident_id = ANY($1::uuid[]) AND n.purpose <> 'ALL_CLEAR'
            ), latest_per_channel AS (
                SELECT DISTINCT ON (e.incident_id, e.person_id, e.channel) e.incident_id, e.person_id, e.kind
                FROM events e
                WHERE e.kind NOT IN ('ANSWERED', 'HELD')
                ORDER BY e.incident_id, e.person_id, e.channel, e.occurred_at DESC, e.received_at DESC
            ), reach AS (
                SELECT e.incident_id, e.person_id,
                       bool_or(e.kind IN ('SENT', 'DELIVERED')) AS sent,
                       bool_or(e.kind = 'DELIVERED') AS delivered
                FROM events e
                GROUP BY e.incident_id, e.person_id
            ), unreachable AS (
                SELECT incident_id, person_id, bool_and(kind = 'FAILED') AS failed FROM latest_per_channel
                GROUP BY incident_id, person_id
            )
            SELECT t.incident_id,
                   count(*) AS targeted,
                   count(*) FILTER (WHERE r.sent) AS sent,
                   count(*) FILTER (WHERE r.delivered) AS delivered,
                   count(*) FILTER (WHERE u.failed) AS failed,
                   count(*) FILTER (WHERE t.state <> 'NO_RESPONSE') AS answered,
                   count(*) FILTER (WHERE t.state = 'SAFE') AS safe,
                   count(*) FILTER (WHERE t.state = 'NEEDS_HELP') AS need_help,
                   count(*) FILTER (WHERE t.state = 'NO_RESPONSE') AS no_answer
            FROM targeted t
            LEFT JOIN reach r USING (incident_id, person_id)
            LEFT JOIN unreachable u USING (incident_id, person_id)
            GROUP BY t.incident_id
            """;

    private final DatabaseClient db;

    RecipientStatistics(DatabaseClient db) {
        this.db = db;
    }

    public Mono<Map<UUID, Counts>> countsOf(List<UUID> incidents) {
        return db.sql(COUNTS)
                .bind(0, incidents.toArray(UUID[]::new))
                .map((row, meta) -> Map.entry(
                        row.get("incident_id", UUID.class),
                        new Counts(
                                row.get("targeted", Long.class),
                                row.get("sent", Long.class),
                                row.get("delivered", Long.class),
                                row.get("failed", Long.class),
                                row.get("answered", Long.class),
                                row.get("safe", Long.class),
                                row.get("need_help", Long.class),
                                row.get("no_answer", Long.class))))
                .all()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
