package io.muster.incident.incident;

import io.muster.incident.api.ProblemException;
import io.muster.incident.audit.AuditTrail;
import io.muster.incident.escalation.AllClear;
import io.muster.incident.escalation.EscalatingIncidents;
import io.muster.incident.jdbc.Jdbc;
import io.muster.incident.outbox.OutboxRelay;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Closes an incident: in one transaction it is marked closed, every pending escalation stops and
 * the all-clear is queued for everyone who was notified.
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
    private final Clock clock;

    IncidentClosing(
            Jdbc jdbc,
            EscalatingIncidents incidents,
            AllClear allClear,
            OutboxRelay relay,
            AuditTrail audit,
            Clock clock) {
        this.audit = audit;
        this.jdbc = jdbc;
        this.incidents = incidents;
        this.allClear = allClear;
        this.relay = relay;
        this.clock = clock;
    }

    /** Completes with how many people the all-clear goes to. */
    Mono<Integer> close(UUID id, String closedBy) {
        return jdbc.transactional(() -> closeNow(id, closedBy)).doOnSuccess(count -> relay.wake());
    }

    private Integer closeNow(UUID id, String closedBy) {
        Instant now = clock.instant();
        var incident = incidents
                .open(id)
                .orElseThrow(() -> exists(jdbc.client(), id) ? new AlreadyClosed(id) : new IncidentNotFound(id));
        int closed = jdbc.client()
                .sql("UPDATE incidents SET status = 'CLOSED', closed_at = ? WHERE id = ? AND status = 'OPEN'")
                .param(Timestamp.from(now))
                .param(id)
                .update();
        if (closed == 0) {
            throw new AlreadyClosed(id);
        }
        int allClearTo = allClear.send(incident, now);
        audit.record(id, closedBy, "INCIDENT_CLOSED", null, Map.of("allClearTo", allClearTo));
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
