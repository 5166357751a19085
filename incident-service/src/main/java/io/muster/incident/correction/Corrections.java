package io.muster.incident.correction;

import io.muster.incident.accountability.ReminderSchedules;
import io.muster.incident.audit.AuditTrail;
import io.muster.incident.escalation.EscalatingIncident;
import io.muster.incident.escalation.EscalatingIncidents;
import io.muster.incident.escalation.EscalationStops;
import io.muster.incident.facts.IncidentNotFound;
import io.muster.incident.outbox.OutboxRelay;
import io.muster.incident.statement.StatementFollowUps;
import io.muster.incident.storage.Jdbc;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Corrects or cancels a sent alert in one transaction: the correction, its messages to everyone the
 * alert reached, the public statement's follow-up, the corrected message of the incident and the audit entry
 * commit together. A cancellation
 * also stops the incident's escalation (every pending timer) and its reminder schedule. A request key
 * already used for the incident answers with the first correction and sends nothing.
 */
@Component
class Corrections {

    /** A correction, and whether this request made it (false: the request key was used before). */
    record Issued(Correction correction, boolean created) {}

    private final Jdbc jdbc;
    private final CorrectionRows rows;
    private final CorrectionSending sending;
    private final EscalatingIncidents incidents;
    private final EscalationStops stops;
    private final ReminderSchedules reminders;
    private final StatementFollowUps statements;
    private final CorrectionTexts texts;
    private final CorrectedMessages corrected;
    private final AuditTrail audit;
    private final OutboxRelay relay;
    private final Clock clock;

    Corrections(
            Jdbc jdbc,
            CorrectionRows rows,
            CorrectionSending sending,
            EscalatingIncidents incidents,
            EscalationStops stops,
            ReminderSchedules reminders,
            StatementFollowUps statements,
            CorrectionTexts texts,
            CorrectedMessages corrected,
            AuditTrail audit,
            OutboxRelay relay,
            Clock clock) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.sending = sending;
        this.incidents = incidents;
        this.stops = stops;
        this.reminders = reminders;
        this.statements = statements;
        this.texts = texts;
        this.corrected = corrected;
        this.audit = audit;
        this.relay = relay;
        this.clock = clock;
    }

    Mono<Issued> issue(UUID incidentId, CorrectAlert request, String by) {
        return Mono.fromCallable(request::checkedMessages)
                .flatMap(messages -> jdbc.transactional(() -> issueNow(incidentId, request, messages, by)))
                .doOnSuccess(issued -> relay.wake());
    }

    private Issued issueNow(UUID incidentId, CorrectAlert request, Map<String, String> messages, String by) {
        String status = rows.lockIncident(incidentId).orElseThrow(() -> new IncidentNotFound(incidentId));
        Optional<Correction> earlier = rows.byKey(incidentId, request.requestKey());
        if (earlier.isPresent()) {
            return new Issued(earlier.get(), false);
        }
        if (!"OPEN".equals(status)) {
            throw new CorrectionProblems.IncidentClosed(incidentId);
        }
        EscalatingIncident incident = incidents.any(incidentId).orElseThrow(() -> new IncidentNotFound(incidentId));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        UUID id = UUID.randomUUID();
        rows.insert(id, incidentId, request, messages, by, now);
        int sent = sending.send(incident, id, request.kind(), messages, now);
        UUID statement = statements
                .publish(incidentId, texts.followUp(request.kind(), incident::titleFor, messages), by)
                .orElse(null);
        rows.completed(id, sent, statement);
        if (request.kind() == Correction.Kind.CANCELLATION) {
            stops.stopAll(incidentId, now);
            reminders.clear(incidentId, by);
        } else {
            corrected.replace(incident, id, messages, by, now);
        }
        audit(incidentId, id, request, sent, statement, by);
        return new Issued(rows.byKey(incidentId, request.requestKey()).orElseThrow(), true);
    }

    private void audit(
            UUID incidentId,
            UUID id,
            CorrectAlert request,
            int sent,
            @org.jspecify.annotations.Nullable UUID statement,
            String by) {
        Map<String, Object> details = new HashMap<>();
        details.put("kind", request.kind().name());
        details.put("requestKey", request.requestKey());
        details.put("recipients", sent);
        if (statement != null) {
            details.put("statementId", statement.toString());
        }
        String action = request.kind() == Correction.Kind.CANCELLATION ? "ALERT_CANCELLED" : "ALERT_CORRECTED";
        audit.record(incidentId, by, action, id.toString(), details);
    }
}
