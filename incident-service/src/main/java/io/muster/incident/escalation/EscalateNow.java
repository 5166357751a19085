package io.muster.incident.escalation;

import io.muster.incident.audit.AuditTrail;
import io.muster.incident.facts.IncidentNotFound;
import io.muster.incident.storage.Jdbc;
import io.muster.incident.web.ProblemException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * A commander's "escalate now": the next call-tree level starts at once instead of when its timer
 * falls due. Only the pending LEVEL timer's {@code due_at} moves (to now); the escalation engine then
 * fires it on its next tick like any other due timer, so starting a level stays the engine's work
 * alone (quorum check, deputies, the timer of the level after it).
 */
@Component
class EscalateNow {

    /** What was pulled forward: the level that starts, when its timer was due, and now. */
    record Escalated(UUID incidentId, int level, Instant wasDueAt, Instant startsAt) {}

    static final class NothingToEscalate extends ProblemException {
        NothingToEscalate(UUID id) {
            super(
                    HttpStatus.CONFLICT,
                    "nothing-to-escalate",
                    "Nothing to escalate",
                    "Incident " + id + " has no call-tree level waiting to start: every level has started,"
                            + " the level before reached its quorum, or the incident has no call tree.");
        }
    }

    static final class Closed extends ProblemException {
        Closed(UUID id) {
            super(HttpStatus.CONFLICT, "incident-closed", "Incident closed", "Incident " + id + " is closed.");
        }
    }

    private record Pending(long id, int level, Instant dueAt) {}

    private final Jdbc jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    EscalateNow(Jdbc jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    Mono<Escalated> escalate(UUID incidentId, String actor) {
        return jdbc.transactional(() -> pullForward(incidentId, actor));
    }

    private Escalated pullForward(UUID incidentId, String actor) {
        // Row lock on the incident first, as closing takes it: a close and an escalation are serialised.
        String status = jdbc.client()
                .sql("SELECT status FROM incidents WHERE id = ? FOR UPDATE")
                .param(incidentId)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new IncidentNotFound(incidentId));
        if (!"OPEN".equals(status)) {
            throw new Closed(incidentId);
        }
        Pending next = nextLevel(incidentId).orElseThrow(() -> new NothingToEscalate(incidentId));
        Instant now = clock.instant();
        jdbc.client()
                .sql("UPDATE escalation_timers SET due_at = ? WHERE id = ?")
                .param(Timestamp.from(now))
                .param(next.id())
                .update();
        audit.record(
                incidentId,
                actor,
                "ESCALATED_NOW",
                "level " + next.level(),
                Map.of("level", next.level(), "wasDueAt", next.dueAt().toString()));
        return new Escalated(incidentId, next.level(), next.dueAt(), now);
    }

    /**
     * The lowest pending LEVEL timer, locked. Not SKIP LOCKED: when the engine is firing it right
     * now we wait, then see it fired and answer that nothing is left to escalate.
     */
    private java.util.Optional<Pending> nextLevel(UUID incidentId) {
        return jdbc.client()
                .sql(
                        """
                        SELECT id, level, due_at FROM escalation_timers
                        WHERE incident_id = ? AND kind = 'LEVEL' AND fired_at IS NULL AND cancelled_at IS NULL
                        ORDER BY level LIMIT 1 FOR UPDATE
                        """)
                .param(incidentId)
                .query((rs, n) -> new Pending(
                        rs.getLong("id"),
                        rs.getInt("level"),
                        rs.getTimestamp("due_at").toInstant()))
                .optional();
    }
}
