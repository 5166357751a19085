package io.muster.incident.hotline;

import io.muster.incident.audit.AuditTrail;
import io.muster.incident.facts.IncidentNotFound;
import io.muster.incident.storage.Jdbc;
import io.muster.kafka.UnprocessableRecord;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Stores hotline messages (idempotent by eventId, audited) and reads them back per incident. */
@Component
class HotlineMessages {

    private final Jdbc jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    HotlineMessages(Jdbc jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Blocking: runs on the listener thread, which waits until the message is durable. */
    void store(HotlineMessageRecorded event) {
        jdbc.inTransaction(() -> {
            if (!incidentExists(event.incidentId())) {
                throw new UnprocessableRecord("HotlineMessageRecorded for unknown incident " + event.incidentId());
            }
            UUID id = UUID.randomUUID();
            int stored = jdbc.client()
                    .sql(
                            """
                            INSERT INTO hotline_messages (id, event_id, incident_id, person_id, caller_number, recording_url,
                                                          recording_sid, duration_seconds, provider_reference, recorded_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING
                            """)
                    .params(
                            id,
                            event.eventId(),
                            event.incidentId(),
                            event.personId(),
                            event.callerNumber(),
                            event.recordingUrl(),
                            event.recordingSid(),
                            event.durationSeconds(),
                            event.providerReference(),
                            Timestamp.from(event.occurredAt() == null ? clock.instant() : event.occurredAt()))
                    .update();
            if (stored > 0) {
                Map<String, Object> details = new HashMap<>();
                details.put("personId", event.personId());
                details.put("durationSeconds", event.durationSeconds());
                details.put("callerNumber", HotlineMessage.masked(event.callerNumber()));
                audit.record(event.incidentId(), "hotline", "HOTLINE_MESSAGE_RECORDED", id.toString(), details);
            }
            return stored;
        });
    }

    Mono<List<HotlineMessage>> of(UUID incidentId) {
        return jdbc.transactional(() -> {
            if (!incidentExists(incidentId)) throw new IncidentNotFound(incidentId);
            return jdbc.client()
                    .sql("SELECT * FROM hotline_messages WHERE incident_id = ? ORDER BY recorded_at, id")
                    .param(incidentId)
                    .query((rs, n) -> message(rs))
                    .list();
        });
    }

    Mono<Optional<HotlineMessage>> one(UUID incidentId, UUID messageId) {
        return jdbc.transactional(() -> jdbc.client()
                .sql("SELECT * FROM hotline_messages WHERE incident_id = ? AND id = ?")
                .params(incidentId, messageId)
                .query((rs, n) -> message(rs))
                .optional());
    }

    private boolean incidentExists(UUID incidentId) {
        return jdbc.client()
                        .sql("SELECT count(*) FROM incidents WHERE id = ?")
                        .param(incidentId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static HotlineMessage message(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        UUID incidentId = rs.getObject("incident_id", UUID.class);
        return new HotlineMessage(
                id,
                incidentId,
                rs.getObject("person_id", UUID.class),
                HotlineMessage.masked(rs.getString("caller_number")),
                (Integer) rs.getObject("duration_seconds"),
                rs.getTimestamp("recorded_at").toInstant(),
                "/api/incidents/" + incidentId + "/hotline-messages/" + id + "/audio",
                rs.getString("recording_url"));
    }
}
