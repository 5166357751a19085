package io.muster.gateway.incident;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * The incidents heard of on the incident topic (table {@code known_incidents}). Every change is an upsert keyed
 * by incident, so a redelivered event changes nothing, and an update older than the one kept is ignored.
 */
@Repository
public class Incidents {

    private final DatabaseClient db;

    Incidents(DatabaseClient db) {
        this.db = db;
    }

    Mono<Void> declared(UUID incidentId, String title, boolean exercise, Instant at) {
        return db.sql(
                        """
                        insert into known_incidents (incident_id, title, exercise, declared_at)
                        values (:incident, :title, :exercise, :at)
                        on conflict (incident_id) do update set title = excluded.title, exercise = excluded.exercise,
                            declared_at = coalesce(known_incidents.declared_at, excluded.declared_at)""")
                .bind("incident", incidentId)
                .bind("title", title)
                .bind("exercise", exercise)
                .bind("at", at)
                .then();
    }

    Mono<Void> updatePosted(UUID incidentId, boolean exercise, UUID updateId, String text, Instant at) {
        return db.sql(
                        """
                        insert into known_incidents (incident_id, exercise, latest_update_id, latest_update_text,
                            latest_update_at)
                        values (:incident, :exercise, :update, :text, :at)
                        on conflict (incident_id) do update set latest_update_id = excluded.latest_update_id,
                            latest_update_text = excluded.latest_update_text,
                            latest_update_at = excluded.latest_update_at
                        where known_incidents.latest_update_at is null
                            or known_incidents.latest_update_at <= excluded.latest_update_at""")
                .bind("incident", incidentId)
                .bind("exercise", exercise)
                .bind("update", updateId)
                .bind("text", text)
                .bind("at", at)
                .then();
    }

    Mono<Void> closed(UUID incidentId, boolean exercise, Instant at) {
        return db.sql(
                        """
                        insert into known_incidents (incident_id, exercise, closed_at) values (:incident, :exercise, :at)
                        on conflict (incident_id) do update
                            set closed_at = coalesce(known_incidents.closed_at, excluded.closed_at)""")
                .bind("incident", incidentId)
                .bind("exercise", exercise)
                .bind("at", at)
                .then();
    }

    /** The incident as known; empty when the gateway never heard of it. */
    public Mono<IncidentStatus> status(UUID incidentId) {
        return db.sql("select * from known_incidents where incident_id = :incident")
                .bind("incident", incidentId)
                .map(row -> status(row))
                .one();
    }

    private static IncidentStatus status(Readable row) {
        return new IncidentStatus(
                row.get("incident_id", UUID.class),
                row.get("title", String.class),
                Boolean.TRUE.equals(row.get("exercise", Boolean.class)),
                row.get("closed_at", Instant.class) != null,
                row.get("latest_update_text", String.class),
                row.get("latest_update_at", Instant.class),
                row.get("closed_at", Instant.class));
    }
}
