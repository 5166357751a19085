package io.muster.incident.incident;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The stored incidents. */
@Component
class Incidents {

    private static final String COLUMNS =
            "SELECT id, title, message, severity, priority, exercise, status, declared_by, declared_at FROM incidents ";

    private final DatabaseClient db;

    Incidents(DatabaseClient db) {
        this.db = db;
    }

    Mono<Incident> byId(UUID id) {
        return db.sql(COLUMNS + "WHERE id = $1")
                .bind(0, id)
                .map(Incidents::incident)
                .one();
    }

    Flux<Incident> newestFirst(int limit) {
        return db.sql(COLUMNS + "ORDER BY declared_at DESC, id LIMIT $1")
                .bind(0, limit)
                .map(Incidents::incident)
                .all();
    }

    private static Incident incident(Readable row) {
        return new Incident(
                row.get("id", UUID.class),
                row.get("title", String.class),
                row.get("message", String.class),
                Severity.valueOf(row.get("severity", String.class)),
                Priority.valueOf(row.get("priority", String.class)),
                Boolean.TRUE.equals(row.get("exercise", Boolean.class)),
                row.get("status", String.class),
                row.get("declared_by", String.class),
                row.get("declared_at", Instant.class));
    }
}
