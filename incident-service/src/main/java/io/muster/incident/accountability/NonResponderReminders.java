package io.muster.incident.accountability;

import io.muster.incident.audit.AuditTrail;
import io.muster.incident.escalation.Contact;
import io.muster.incident.escalation.Contacts;
import io.muster.incident.escalation.EscalatingIncident;
import io.muster.incident.escalation.EscalatingIncidents;
import io.muster.incident.escalation.Requests;
import io.muster.incident.facts.IncidentFacts;
import io.muster.incident.outbox.Outbox;
import io.muster.incident.outbox.OutboxMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reminds everyone of an incident who has not answered (NO_RESPONSE, which includes the
 * unreachable: a failed channel may work again): one REMINDER of their question each, with the same
 * reply code, on all their channels, queued in the outbox in the caller's transaction.
 */
@Component
class NonResponderReminders {

    /** Reminders are steps outside the escalation ladder; this step number marks them. */
    static final int REMINDER_STEP = -2;

    private record Silent(UUID personId, String replyCode, int level) {}

    private final JdbcClient jdbc;
    private final Contacts contacts;
    private final EscalatingIncidents incidents;
    private final Requests requests;
    private final Outbox outbox;
    private final AuditTrail audit;

    NonResponderReminders(
            JdbcClient jdbc,
            Contacts contacts,
            EscalatingIncidents incidents,
            Requests requests,
            Outbox outbox,
            AuditTrail audit) {
        this.jdbc = jdbc;
        this.contacts = contacts;
        this.incidents = incidents;
        this.requests = requests;
        this.outbox = outbox;
        this.audit = audit;
    }

    /** Returns how many people were reminded (those with at least one channel). */
    int remind(IncidentFacts facts, String actor, Instant now) {
        EscalatingIncident incident = incidents.any(facts.id()).orElseThrow();
        List<Silent> silent = jdbc.sql(
                        "SELECT person_id, reply_code, level FROM recipients WHERE incident_id = ? AND state = 'NO_RESPONSE'")
                .param(incident.id())
                .query((rs, n) -> new Silent(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3)))
                .list();
        Map<UUID, Contact> reachable = contacts
                .byIds(silent.stream().map(Silent::personId).toList())
                .stream()
                .filter(c -> !c.channels().isEmpty())
                .collect(Collectors.toMap(Contact::personId, Function.identity()));
        List<OutboxMessage> reminders = new ArrayList<>();
        List<UUID[]> steps = new ArrayList<>();
        for (Silent person : silent) {
            Contact contact = reachable.get(person.personId());
            if (contact != null) {
                UUID notification = UUID.randomUUID();
                steps.add(new UUID[] {notification, person.personId()});
                reminders.add(
                        requests.reminder(incident, contact, notification, person.replyCode(), person.level(), now));
            }
        }
        insertSteps(incident.id(), steps);
        outbox.append(reminders);
        audit.record(incident.id(), actor, "REMINDERS_SENT", null, Map.of("reminded", steps.size()));
        return steps.size();
    }

    /** Steps make the reminder's notification id known, so answers and delivery reports correlate. */
    private void insertSteps(UUID incident, List<UUID[]> steps) {
        if (steps.isEmpty()) {
            return;
        }
        jdbc.sql(
                        """
                        INSERT INTO notification_steps (notification_id, incident_id, person_id, step, purpose)
                        SELECT t.n, ?, t.p, ?, 'REMINDER' FROM unnest(?::uuid[], ?::uuid[]) AS t(n, p)
                        """)
                .param(incident)
                .param(REMINDER_STEP)
                .param(steps.stream().map(s -> s[0]).toArray(UUID[]::new))
                .param(steps.stream().map(s -> s[1]).toArray(UUID[]::new))
                .update();
    }
}
