package io.muster.incident.incident;

import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Stores an incident and all its recipients with two statements, however many people it targets. */
@Component
class IncidentRecords {

    private static final String INSERT_INCIDENT =
            """
            INSERT INTO incidents (id, title, message, severity, priority, exercise, status, declared_by, declared_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
            """;

    private static final String INSERT_RECIPIENTS =
            """
            INSERT INTO recipients (incident_id, person_id, notification_id, reply_code, state)
            SELECT $1, t.person_id, t.notification_id, t.reply_code, 'NO_RESPONSE'
            FROM unnest($2::uuid[], $3::uuid[], $4::text[]) AS t(person_id, notification_id, reply_code)
            """;

    private final DatabaseClient db;

    IncidentRecords(DatabaseClient db) {
        this.db = db;
    }

    Mono<Void> insert(Incident incident, List<Recipient> recipients) {
        return db.sql(INSERT_INCIDENT)
                .bind(0, incident.id())
                .bind(1, incident.title())
                .bind(2, incident.message())
                .bind(3, incident.severity().name())
                .bind(4, incident.priority().name())
                .bind(5, incident.exercise())
                .bind(6, incident.status())
                .bind(7, incident.declaredBy())
                .bind(8, incident.declaredAt())
                .then()
                .then(db.sql(INSERT_RECIPIENTS)
                        .bind(0, incident.id())
                        .bind(1, recipients.stream().map(r -> r.person().id()).toArray(UUID[]::new))
                        .bind(
                                2,
                                recipients.stream()
                                        .map(Recipient::notificationId)
                                        .toArray(UUID[]::new))
                        .bind(3, recipients.stream().map(Recipient::replyCode).toArray(String[]::new))
                        .then());
    }
}
