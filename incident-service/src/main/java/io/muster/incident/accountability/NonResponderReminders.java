package io.muster.incident.accountability;

import io.muster.incident.audit.AuditTrail;
import io.muster.incident.escalation.Batch;
import io.muster.incident.escalation.BatchWriter;
import io.muster.incident.escalation.Contact;
import io.muster.incident.escalation.Contacts;
import io.muster.incident.incident.IncidentsProperties;
import java.time.Duration;
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
 * unreachable: a failed channel may work again): one new step each, with the same reply code, on
 * all their channels, queued in the outbox in the caller's transaction.
 */
@Component
class NonResponderReminders {

    /** Reminders are steps outside the escalation ladder; this step number marks them. */
    static final int REMINDER_STEP = -2;

    private record Silent(UUID personId, String replyCode, int level) {}

    private final JdbcClient jdbc;
    private final Contacts contacts;
    private final PersonalRequests requests;
    private final BatchWriter writer;
    private final AuditTrail audit;
    private final Duration replyWindow;

    NonResponderReminders(
            JdbcClient jdbc,
            Contacts contacts,
            PersonalRequests requests,
            BatchWriter writer,
            AuditTrail audit,
            IncidentsProperties incidents) {
        this.jdbc = jdbc;
        this.contacts = contacts;
        this.requests = requests;
        this.writer = writer;
        this.audit = audit;
        this.replyWindow = incidents.replyWindow();
    }

    /** Returns how many people were reminded (those with at least one channel). */
    int remind(IncidentFacts incident, String actor, Instant now) {
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
        Batch batch = new Batch();
        List<UUID[]> steps = new ArrayList<>();
        for (Silent person : silent) {
            Contact contact = reachable.get(person.personId());
            if (contact != null) {
                UUID notification = UUID.randomUUID();
                steps.add(new UUID[] {notification, person.personId()});
                batch.publish(
                        requests.message(incident, contact, ask(incident, contact, person, notification, now), now));
            }
        }
        insertSteps(incident.id(), steps);
        writer.write(batch);
        audit.record(incident.id(), actor, "REMINDERS_SENT", null, Map.of("reminded", steps.size()));
        return steps.size();
    }

    private PersonalRequests.Ask ask(
            IncidentFacts incident, Contact contact, Silent person, UUID notification, Instant now) {
        return new PersonalRequests.Ask(
                notification,
                person.replyCode(),
                NotificationRequested.rollCall(contact.alternateInstruction() != null),
                "Reminder: " + incident.title(),
                bodyFor(incident, contact),
                now.plus(replyWindow),
                "REMINDER",
                person.level(),
                PersonalRequests.channelsOf(contact));
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

    /** People at an affected site read where to go if their site cannot be used, as in the alert. */
    private static String bodyFor(IncidentFacts incident, Contact contact) {
        boolean atAffectedSite =
                contact.siteId() != null && incident.affectedSiteIds().contains(contact.siteId());
        return atAffectedSite && contact.alternateInstruction() != null
                ? incident.message() + "\n" + contact.alternateInstruction()
                : incident.message();
    }
}
