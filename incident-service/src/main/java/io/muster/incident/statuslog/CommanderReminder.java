package io.muster.incident.statuslog;

import io.muster.incident.escalation.Contact;
import io.muster.incident.escalation.Contacts;
import io.muster.incident.escalation.EscalatingIncident;
import io.muster.incident.escalation.EscalatingIncidents;
import io.muster.incident.escalation.NotificationRequested;
import io.muster.incident.escalation.ReplyCodeOf;
import io.muster.incident.escalation.Requests;
import io.muster.incident.outbox.Outbox;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reminds the incident's commander that a sitrep is due, as a NotificationRequested with purpose
 * SITREP_REMINDER (subject: the incident's title; the notifier words it in their language); a
 * login without a reachable person gets no message and the reminder stays only in the incident's
 * log. Its notification id is kept ({@code sitrep_notices}) so that its delivery reports are known.
 */
@Component
class CommanderReminder {

    private final JdbcClient jdbc;
    private final Contacts contacts;
    private final EscalatingIncidents incidents;
    private final ReplyCodeOf codes;
    private final Requests requests;
    private final Outbox outbox;

    CommanderReminder(
            JdbcClient jdbc,
            Contacts contacts,
            EscalatingIncidents incidents,
            ReplyCodeOf codes,
            Requests requests,
            Outbox outbox) {
        this.jdbc = jdbc;
        this.contacts = contacts;
        this.incidents = incidents;
        this.codes = codes;
        this.requests = requests;
        this.outbox = outbox;
    }

    /** Returns how the reminder went out: NOTIFICATION or LOG_ONLY. */
    String send(SitrepReminders.Due due, Instant now) {
        Optional<Contact> contact = personOf(due.commander())
                .flatMap(id -> contacts.byIds(List.of(id)).stream().findFirst());
        Optional<EscalatingIncident> incident = incidents.any(due.incidentId());
        if (contact.isEmpty() || contact.get().channels().isEmpty() || incident.isEmpty()) {
            return "LOG_ONLY";
        }
        Contact commander = contact.get();
        var notice = new Requests.Notice(
                NotificationRequested.Purpose.SITREP_REMINDER,
                incident.get().title(),
                "",
                codes.of(due.incidentId(), commander.personId()),
                commander.channels());
        UUID notification = UUID.randomUUID();
        jdbc.sql("INSERT INTO sitrep_notices (notification_id, incident_id, person_id, sent_at) VALUES (?, ?, ?, ?)")
                .params(notification, due.incidentId(), commander.personId(), Timestamp.from(now))
                .update();
        outbox.append(requests.notice(incident.get(), commander, notification, notice, now));
        return "NOTIFICATION";
    }

    private Optional<UUID> personOf(String login) {
        return jdbc.sql("SELECT person_id FROM app_users WHERE username = ? AND person_id IS NOT NULL")
                .param(login)
                .query(UUID.class)
                .optional();
    }
}
