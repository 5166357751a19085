package io.muster.incident.bridge;

import io.muster.incident.audit.AuditTrail;
import io.muster.incident.facts.IncidentNotFound;
import io.muster.incident.outbox.Outbox;
import io.muster.incident.outbox.OutboxMessage;
import io.muster.incident.outbox.OutboxRelay;
import io.muster.incident.storage.Jdbc;
import io.muster.kafka.UnprocessableRecord;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * A commander's request to ring an invited member into the bridge: stored, audited and published
 * (BridgeCallRequested, through the outbox) in one transaction, once per Idempotency-Key and incident (the same key
 * again answers the first request and publishes nothing; for someone else it is refused). The gateway places the
 * call once per request and reports a failure (BridgeCallFailed), which is kept with the request.
 */
@Component
class BridgeRingIns {

    /** What a request came to; {@code repeated} when the key was used before. */
    record Requested(
            UUID requestId, UUID incidentId, UUID personId, String name, Instant requestedAt, boolean repeated) {}

    private record Incident(boolean closed, boolean bridge, boolean exercise) {}

    private record Invitee(String name, String employeeId) {}

    private final Jdbc jdbc;
    private final Outbox outbox;
    private final OutboxRelay relay;
    private final AuditTrail audit;
    private final BridgeTopicProperties topics;
    private final JsonMapper json;
    private final Clock clock;

    BridgeRingIns(
            Jdbc jdbc,
            Outbox outbox,
            OutboxRelay relay,
            AuditTrail audit,
            BridgeTopicProperties topics,
            JsonMapper json,
            Clock clock) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.relay = relay;
        this.audit = audit;
        this.topics = topics;
        this.json = json;
        this.clock = clock;
    }

    Mono<Requested> request(UUID incidentId, UUID personId, String key, String by) {
        return jdbc.transactional(() -> requestNow(incidentId, personId, key, by))
                .doOnSuccess(requested -> relay.wake());
    }

    private Requested requestNow(UUID incidentId, UUID personId, String key, String by) {
        var incident = jdbc.client()
                .sql("SELECT status, bridge, exercise FROM incidents WHERE id = ? FOR SHARE")
                .param(incidentId)
                .query((rs, n) -> new Incident(
                        "CLOSED".equals(rs.getString("status")), rs.getBoolean("bridge"), rs.getBoolean("exercise")))
                .optional()
                .orElseThrow(() -> new IncidentNotFound(incidentId));
        if (!incident.bridge()) {
            throw new BridgeProblems.NoBridge(incidentId);
        }
        Requested earlier = earlier(incidentId, key);
        if (earlier != null) {
            if (!earlier.personId().equals(personId)) {
                throw new BridgeProblems.KeyReused();
            }
            return earlier;
        }
        if (incident.closed()) {
            throw new BridgeProblems.IncidentClosed(incidentId);
        }
        var member = jdbc.client()
                .sql(
                        """
                        SELECT p.display_name, p.employee_id FROM recipients r JOIN people p ON p.id = r.person_id
                        WHERE r.incident_id = ? AND r.person_id = ?""")
                .params(incidentId, personId)
                .query((rs, n) -> new Invitee(rs.getString("display_name"), rs.getString("employee_id")))
                .optional()
                .orElseThrow(() -> new BridgeProblems.NotInvited(incidentId));
        UUID requestId = UUID.randomUUID();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        int stored = jdbc.client()
                .sql(
                        """
                        INSERT INTO bridge_ring_ins (id, incident_id, person_id, idempotency_key, requested_by, requested_at)
                        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (incident_id, idempotency_key) DO NOTHING""")
                .params(requestId, incidentId, personId, key, by, Timestamp.from(now))
                .update();
        if (stored == 0) { // the same key, sent twice at once: the other request won
            return requestNow(incidentId, personId, key, by);
        }
        audit.record(
                incidentId,
                by,
                "BRIDGE_RING_IN_REQUESTED",
                requestId.toString(),
                Map.of("personId", personId, "employeeId", member.employeeId()));
        var event = BridgeCallRequested.of(
                requestId, now, incidentId, incident.exercise(), personId, member.employeeId(), by);
        outbox.append(new OutboxMessage(topics.bridgeCalls(), incidentId.toString(), json.writeValueAsString(event)));
        return new Requested(requestId, incidentId, personId, member.name(), now, false);
    }

    private @Nullable Requested earlier(UUID incidentId, String key) {
        return jdbc.client()
                .sql(
                        """
                        SELECT b.id, b.person_id, b.requested_at, p.display_name FROM bridge_ring_ins b
                        JOIN people p ON p.id = b.person_id WHERE b.incident_id = ? AND b.idempotency_key = ?""")
                .params(incidentId, key)
                .query((rs, n) -> new Requested(
                        rs.getObject("id", UUID.class),
                        incidentId,
                        rs.getObject("person_id", UUID.class),
                        rs.getString("display_name"),
                        rs.getTimestamp("requested_at").toInstant(),
                        true))
                .optional()
                .orElse(null);
    }

    /** Blocking: on the listener thread. Keeps the gateway's failure with its request, once, and audits it. */
    void failed(BridgeCallFailed failure) {
        if (failure.requestId() == null || failure.incidentId() == null || failure.reason() == null) {
            throw new UnprocessableRecord("BridgeCallFailed without requestId, incidentId or reason");
        }
        String reason = failure.reason().length() > 100 ? failure.reason().substring(0, 100) : failure.reason();
        jdbc.inTransaction(() -> {
            int changed = jdbc.client()
                    .sql(
                            """
                            UPDATE bridge_ring_ins SET failed_at = ?, failure = ?
                            WHERE id = ? AND incident_id = ? AND failed_at IS NULL""")
                    .params(Timestamp.from(clock.instant()), reason, failure.requestId(), failure.incidentId())
                    .update();
            if (changed == 1) {
                audit.record(
                        failure.incidentId(),
                        "inbound-gateway",
                        "BRIDGE_RING_IN_FAILED",
                        failure.requestId().toString(),
                        Map.of("reason", reason));
            }
            return changed;
        });
    }
}
