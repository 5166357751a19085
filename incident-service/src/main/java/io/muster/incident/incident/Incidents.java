package io.muster.incident.incident;

import io.r2dbc.spi.Readable;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The stored incidents, with their lifecycle (phase, type and its RTO). */
@Component
class Incidents {

    /** An incident and its lifecycle columns. */
    record Tracked(Incident incident, Lifecycle.Stored lifecycle) {}

    private static final String COLUMNS =
            """
            SELECT i.id, i.title, i.message, i.severity, i.priority, i.exercise, i.status, i.declared_by, i.declared_at,
                   i.phase, i.incident_type, i.closed_at, i.rto_met,
                   extract(epoch FROM t.rto)::bigint AS rto_seconds, extract(epoch FROM i.sitrep_every)::bigint AS sitrep_seconds
            FROM incidents i JOIN incident_types t ON t.code = i.incident_type
            """;

    private final DatabaseClient db;

    Incidents(DatabaseClient db) {
        this.db = db;
    }

    Mono<Tracked> byId(UUID id) {
        return db.sql(COLUMNS + "WHERE i.id = $1")
                .bind(0, id)
                .map(Incidents::tracked)
                .one();
    }

    Flux<Tracked> newestFirst(int limit) {
        return db.sql(COLUMNS + "ORDER BY i.declared_at DESC, i.id LIMIT $1")
                .bind(0, limit)
                .map(Incidents::tracked)
                .all();
    }

    private static Tracked tracked(Readable row) {
        var incident = new Incident(
                row.get("id", UUID.class),
                row.get("title", String.class),
                row.get("message", String.class),
                Severity.valueOf(row.get("severity", String.class)),
                Priority.valueOf(row.get("priority", String.class)),
                Boolean.TRUE.equals(row.get("exercise", Boolean.class)),
                row.get("status", String.class),
                row.get("declared_by", String.class),
                row.get("declared_at", Instant.class));
        var lifecycle = new Lifecycle.Stored(
                Phase.valueOf(row.get("phase", String.class)),
                row.get("incident_type", String.class),
                seconds(row.get("rto_seconds", Long.class)),
                row.get("closed_at", Instant.class),
                row.get("rto_met", Boolean.class),
                seconds(row.get("sitrep_seconds", Long.class)));
        return new Tracked(incident, lifecycle);
    }

    private static @Nullable Duration seconds(@Nullable Long seconds) {
        return seconds == null ? null : Duration.ofSeconds(seconds);
    }
}
