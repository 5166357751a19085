package io.muster.incident.statuslog;

import io.muster.incident.audit.AuditTrail;
import io.muster.incident.kafka.TopicsProperties;
import io.muster.incident.outbox.Outbox;
import io.muster.incident.outbox.OutboxMessage;
import io.muster.incident.outbox.OutboxRelay;
import io.muster.incident.storage.Jdbc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Posts and reads status updates; each post is audited and published as StatusUpdatePosted. */
@Component
public class StatusLog {

    private final Jdbc jdbc;
    private final LoggedIncidents incidents;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final OutboxRelay relay;
    private final TopicsProperties topics;
    private final JsonMapper json;
    private final Clock clock;

    StatusLog(
            Jdbc jdbc,
            LoggedIncidents incidents,
            AuditTrail audit,
            Outbox outbox,
            OutboxRelay relay,
            TopicsProperties topics,
            JsonMapper json,
            Clock clock) {
        this.jdbc = jdbc;
        this.incidents = incidents;
        this.audit = audit;
        this.outbox = outbox;
        this.relay = relay;
        this.topics = topics;
        this.json = json;
        this.clock = clock;
    }

    Mono<StatusUpdate> post(UUID incidentId, String text, String by) {
        return jdbc.transactional(() -> postNow(incidentId, text, by)).doOnSuccess(posted -> relay.wake());
    }

    /** Posts in the caller's JDBC transaction (for features that post as part of their own change); the id. */
    public UUID postInTransaction(UUID incidentId, String text, String by) {
        return postNow(incidentId, text, by).id();
    }

    private StatusUpdate postNow(UUID incidentId, String text, String by) {
        var incident = incidents.requireOpen(incidentId);
        var update = new StatusUpdate(
                UUID.randomUUID(), incidentId, text.strip(), by, clock.instant().truncatedTo(ChronoUnit.MICROS));
        jdbc.client()
                .sql("INSERT INTO status_updates (id, incident_id, posted_at, posted_by, text) VALUES (?, ?, ?, ?, ?)")
                .params(update.id(), incidentId, Timestamp.from(update.postedAt()), by, update.text())
                .update();
        audit.record(incidentId, by, "STATUS_UPDATE_POSTED", update.id().toString(), Map.of("text", update.text()));
        outbox.append(new OutboxMessage(
                topics.incidents(),
                incidentId.toString(),
                json.writeValueAsString(StatusUpdatePosted.of(update, incident.exercise()))));
        return update;
    }

    Mono<List<StatusUpdate>> newestFirst(UUID incidentId, int limit) {
        return jdbc.transactional(() -> {
            incidents.require(incidentId);
            return jdbc.client()
                    .sql("SELECT * FROM status_updates WHERE incident_id = ? ORDER BY posted_at DESC, id LIMIT ?")
                    .params(incidentId, limit)
                    .query((rs, n) -> update(rs))
                    .list();
        });
    }

    Mono<Optional<StatusUpdate>> latest(UUID incidentId) {
        return newestFirst(incidentId, 1).map(list -> list.stream().findFirst());
    }

    private static StatusUpdate update(ResultSet rs) throws SQLException {
        return new StatusUpdate(
                rs.getObject("id", UUID.class),
                rs.getObject("incident_id", UUID.class),
                rs.getString("text"),
                rs.getString("posted_by"),
                rs.getTimestamp("posted_at").toInstant());
    }
}
