package io.muster.incident.callout;

import io.muster.incident.audit.AuditTrail;
import io.muster.incident.escalation.Contact;
import io.muster.incident.escalation.Contacts;
import io.muster.incident.escalation.EscalatingIncident;
import io.muster.incident.escalation.EscalatingIncidents;
import io.muster.incident.facts.IncidentNotFound;
import io.muster.incident.outbox.OutboxRelay;
import io.muster.incident.storage.Jdbc;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Starts a call-out on an open incident: everyone reachable with one of the roles is asked once, on
 * their channels in their order, with the same reply model as every other question. The call-out,
 * its people, their questions and the audit entry commit together; a request key already used for
 * the incident answers with the first call-out.
 */
@Component
class Callouts {

    /** A call-out, and whether this request started it (false: the request key was used before). */
    record Started(Callout callout, boolean created) {}

    private final Jdbc jdbc;
    private final CalloutRows rows;
    private final CalloutCodes codes;
    private final CalloutMessages messages;
    private final Contacts contacts;
    private final EscalatingIncidents incidents;
    private final AuditTrail audit;
    private final OutboxRelay relay;
    private final Clock clock;

    Callouts(
            Jdbc jdbc,
            CalloutRows rows,
            CalloutCodes codes,
            CalloutMessages messages,
            Contacts contacts,
            EscalatingIncidents incidents,
            AuditTrail audit,
            OutboxRelay relay,
            Clock clock) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.codes = codes;
        this.messages = messages;
        this.contacts = contacts;
        this.incidents = incidents;
        this.audit = audit;
        this.relay = relay;
        this.clock = clock;
    }

    Mono<Started> start(UUID incidentId, StartCallout start, String by) {
        return jdbc.transactional(() -> startNow(incidentId, start, by)).doOnSuccess(started -> relay.wake());
    }

    private Started startNow(UUID incidentId, StartCallout start, String by) {
        String status = jdbc.client()
                .sql("SELECT status FROM incidents WHERE id = ? FOR UPDATE")
                .param(incidentId)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new IncidentNotFound(incidentId));
        Optional<Callout> earlier = rows.byKey(incidentId, start.requestKey());
        if (earlier.isPresent()) {
            return new Started(earlier.get(), false);
        }
        if (!"OPEN".equals(status)) {
            throw new CalloutProblems.IncidentClosed(incidentId);
        }
        List<Contact> people = contacts.named(List.of(), List.of(), start.roles()).stream()
                .filter(contact -> !contact.channels().isEmpty())
                .toList();
        if (people.isEmpty()) {
            throw new CalloutProblems.NobodyWithTheRoles(start.roles());
        }
        EscalatingIncident incident = incidents.any(incidentId).orElseThrow(() -> new IncidentNotFound(incidentId));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        UUID id = UUID.randomUUID();
        String message = Objects.requireNonNullElse(start.message(), "").strip();
        rows.insert(id, incidentId, start, message, by, now);
        Map<UUID, String> assigned =
                codes.assign(people.stream().map(Contact::personId).toList());
        rows.asked(id, assigned);
        var asked = new CalloutMessages.Asked(
                id,
                incident,
                start.needed(),
                message,
                start.reportTo().place(),
                start.reportTo().time());
        messages.ask(
                asked,
                people.stream()
                        .map(contact -> new CalloutMessages.Person(contact, assigned.get(contact.personId())))
                        .toList(),
                now);
        audit.record(
                incidentId,
                by,
                "CALLOUT_STARTED",
                id.toString(),
                Map.of("needed", start.needed(), "roles", start.roles(), "asked", people.size()));
        return new Started(rows.byId(incidentId, id).orElseThrow(), true);
    }
}
