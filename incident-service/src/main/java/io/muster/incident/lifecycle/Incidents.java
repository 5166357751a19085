package io.muster.incident.lifecycle;

import io.muster.incident.storage.Jdbc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The stored incidents, with their lifecycle (phase, type and its RTO), read off the event loop. */
@Component
class Incidents {

    /** An incident and its lifecycle columns. */
    record Tracked(Incident incident, Lifecycle.Stored lifecycle) {}

    private static final String COLUMNS =
            """
            SELECT i.id, i.title, i.message, i.severity, i.priority, i.exercise, i.status, i.declared_by, i.declared_at,
                   i.phase, i.incident_type, i.closed_at, i.rto_met,
                   extract(epoch FROM t.rto)::bigint AS rto_seconds, extract(epoch FROM i.sitrep_every)::bigint AS sitrep_seconds,
                   (SELECT max(e.occurred_at) FROM correction_notifications c JOIN recipient_events e
                      ON e.notification_id = c.notification_id AND e.kind = 'SENT' WHERE c.incident_id = i.id) AS last_correction_sent_at
            FROM incidents i JOIN incident_types t ON t.code = i.incident_type
            """;

    private final Jdbc jdbc;

    Incidents(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    Mono<Tracked> byId(UUID id) {
        return jdbc.transactional(() -> jdbc.client()
                        .sql(COLUMNS + "WHERE i.id = ?")
                        .param(id)
                        .query(Incidents::tracked)
                        .optional())
                .flatMap(Mono::justOrEmpty);
    }

    Flux<Tracked> newestFirst(int limit) {
        return jdbc.transactional(() -> jdbc.client()
                        .sql(COLUMNS + "ORDER BY i.declared_at DESC, i.id LIMIT ?")
                        .param(limit)
                        .query(Incidents::tracked)
                        .list())
                .flatMapIterable(list -> list);
    }

    private static Tracked tracked(ResultSet rs, int rowNum) throws SQLException {
        var incident = new Incident(
                rs.getObject("id", UUID.class),
                rs.getString("title"),
                rs.getString("message"),
                Severity.valueOf(rs.getString("severity")),
                Priority.valueOf(rs.getString("priority")),
                rs.getBoolean("exercise"),
                rs.getString("status"),
                rs.getString("declared_by"),
                rs.getTimestamp("declared_at").toInstant());
        var lifecycle = new Lifecycle.Stored(
                Phase.valueOf(rs.getString("phase")),
                rs.getString("incident_type"),
                seconds(rs.getObject("rto_seconds", Long.class)),
                instant(rs.getTimestamp("closed_at")),
                rs.getObject("rto_met", Boolean.class),
                seconds(rs.getObject("sitrep_seconds", Long.class)),
                instant(rs.getTimestamp("last_correction_sent_at")));
        return new Tracked(incident, lifecycle);
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static @Nullable Duration seconds(@Nullable Long seconds) {
        return seconds == null ? null : Duration.ofSeconds(seconds);
    }
}
