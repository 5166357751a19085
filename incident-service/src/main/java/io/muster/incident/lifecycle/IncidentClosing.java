package io.muster.incident.lifecycle;

import io.muster.incident.audit.AuditTrail;
import io.muster.incident.escalation.AllClear;
import io.muster.incident.escalation.EscalatingIncidents;
import io.muster.incident.facts.IncidentNotFound;
import io.muster.incident.outbox.OutboxRelay;
import io.muster.incident.storage.Jdbc;
import io.muster.incident.web.ProblemException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Closes an incident: in one transaction it is marked closed (phase CLOSED, whether its RTO was
 * met), every pending escalation stops, the all-clear is queued for everyone who was notified and
 * IncidentClosed is queued.
 */
@Component
class IncidentClosing {

    static class AlreadyClosed extends ProblemException {
        AlreadyClosed(UUID id) {
            super(HttpStatus.CONFLICT, "incident-closed", "Incident already closed", "Incident " + id + " is closed.");
        }
    }

    private final Jdbc jdbc;
    private final EscalatingIncidents incidents;
    private final AllClear allClear;
    private final OutboxRelay relay;
    private final AuditTrail audit;
    private final ClosedEvents events;
    private final Clock clock;

    IncidentClosing(
            Jdbc jdbc,
            EscalatingIncidents incidents,
            AllClear allClear,
            OutboxRelay relay,
            AuditTrail audit,
            ClosedEvents events,
            Clock clock) {
        this.audit = audit;
        this.events = events;
        this.jdbc = jdbc;
        this.incidents = incidents;
        this.allClear = allClear;
        this.relay = relay;
        this.clock = clock;
    }

    /** Completes with how many people the all-clear goes to; {@code note} goes with it (empty: none). */
    Mono<Integer> close(UUID id, String note, String closedBy) {
        return jdbc.transactional(() -> closeNow(id, note, closedBy)).doOnSuccess(count -> relay.wake());
    }

    private Integer closeNow(UUID id, String note, String closedBy) {
        Instant now = clock.instant();
        var incident = incidents
                .open(id)
                .orElseThrow(() -> exists(jdbc.client(), id) ? new AlreadyClosed(id) : new IncidentNotFound(id));
        // rto_met stays null when the incident's type sets no RTO.
        List<Boolean> rtoMet = jdbc.client()
                .sql(
                        """
                        UPDATE incidents i SET status = 'CLOSED', phase = 'CLOSED', closed_at = ?,
                               rto_met = (SELECT ? <= i.declared_at + t.rto FROM incident_types t WHERE t.code = i.incident_type)
                        WHERE id = ? AND status = 'OPEN' RETURNING rto_met
                        """)
                .param(Timestamp.from(now))
                .param(Timestamp.from(now))
                .param(id)
                .query((rs, n) -> (Boolean) rs.getObject("rto_met"))
                .list();
        if (rtoMet.isEmpty()) {
            throw new AlreadyClosed(id);
        }
        int allClearTo = allClear.send(incident, note, now);
        events.closed(incident, note, closedBy, now);
        Map<String, Object> details = new HashMap<>();
        details.put("allClearTo", allClearTo);
        details.put("rtoMet", rtoMet.getFirst());
        if (!note.isEmpty()) {
            details.put("note", note);
        }
        audit.record(id, closedBy, "INCIDENT_CLOSED", null, details);
        return allClearTo;
    }

    private static boolean exists(JdbcClient jdbc, UUID id) {
        return jdbc.sql("SELECT count(*) FROM incidents WHERE id = ?")
                        .param(id)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
