package io.muster.incident.audit;

import io.muster.incident.storage.Jdbc;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads the audit trail. {@link #record} is blocking JDBC on purpose: call it inside
 * the {@link Jdbc} transaction of the change it describes, so both commit or neither does.
 */
@Component
public class AuditTrail {

    private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {};

    private final Jdbc jdbc;
    private final JsonMapper json;
    private final Clock clock;

    AuditTrail(Jdbc jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** Appends one entry in the caller's transaction (call from a {@link Jdbc} transaction). */
    public void record(
            @Nullable UUID incidentId, String actor, String action, @Nullable String subject, Map<String, ?> details) {
        jdbc.client()
                .sql("INSERT INTO audit_log (occurred_at, incident_id, actor, action, subject, details)"
                        + " VALUES (?, ?, ?, ?, ?, ?::jsonb)")
                .param(Timestamp.from(clock.instant()))
                .param(incidentId)
                .param(actor)
                .param(action)
                .param(subject)
                .param(json.writeValueAsString(details))
                .update();
    }

    /** One entry of {@link #recordAll}. */
    public record Entry(
            @Nullable UUID incidentId, String actor, String action, @Nullable String subject, Map<String, ?> details) {}

    /** Appends the entries, in order, with one statement in the caller's transaction. */
    public void recordAll(List<Entry> entries) {
        if (entries.isEmpty()) return;
        jdbc.client()
                .sql(
                        """
                        INSERT INTO audit_log (occurred_at, incident_id, actor, action, subject, details)
                        SELECT ?, t.i, t.a, t.c, t.s, t.d::jsonb
                        FROM unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[]) WITH ORDINALITY AS t(i, a, c, s, d, n)
                        ORDER BY t.n
                        """)
                .param(Timestamp.from(clock.instant()))
                .param(entries.stream().map(Entry::incidentId).toArray(UUID[]::new))
                .param(entries.stream().map(Entry::actor).toArray(String[]::new))
                .param(entries.stream().map(Entry::action).toArray(String[]::new))
                .param(entries.stream().map(Entry::subject).toArray(String[]::new))
                .param(entries.stream()
                        .map(e -> json.writeValueAsString(e.details()))
                        .toArray(String[]::new))
                .update();
    }

    /** The incident's trail, oldest first. */
    public Flux<AuditEntry> forIncident(UUID incidentId) {
        return jdbc.transactional(() -> query(incidentId)).flatMapMany(Flux::fromIterable);
    }

    private List<AuditEntry> query(UUID incidentId) {
        return jdbc.client()
                .sql("SELECT id, occurred_at, incident_id, actor, action, subject, details::text AS details"
                        + " FROM audit_log WHERE incident_id = ? ORDER BY id")
                .param(incidentId)
                .query((rs, n) -> new AuditEntry(
                        rs.getLong("id"),
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getObject("incident_id", UUID.class),
                        rs.getString("actor"),
                        rs.getString("action"),
                        rs.getString("subject"),
                        json.readValue(rs.getString("details"), DETAILS)))
                .list();
    }

    Mono<Boolean> incidentExists(UUID incidentId) {
        return jdbc.transactional(() -> jdbc.client()
                        .sql("SELECT count(*) FROM incidents WHERE id = ?")
                        .param(incidentId)
                        .query(Long.class)
                        .single()
                > 0);
    }
}
