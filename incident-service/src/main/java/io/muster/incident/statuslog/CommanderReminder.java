package io.muster.incident.statuslog;

import io.muster.incident.escalation.Batch;
import io.muster.incident.escalation.BatchWriter;
import io.muster.incident.escalation.Contact;
import io.muster.incident.escalation.Contacts;
import io.muster.incident.kafka.TopicsProperties;
import io.muster.incident.outbox.OutboxMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reminds the incident's commander (today: the login that declared it) that a sitrep is due, as a
 * NotificationRequested on the normal lane; a login without a reachable person gets no message
 * and the reminder stays only in the incident's log.
 */
@Component
class CommanderReminder {

    private static final Duration VALID_FOR = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final Contacts contacts;
    private final BatchWriter writer;
    private final TopicsProperties topics;
    private final JsonMapper json;

    CommanderReminder(
            JdbcClient jdbc, Contacts contacts, BatchWriter writer, TopicsProperties topics, JsonMapper json) {
        this.jdbc = jdbc;
        this.contacts = contacts;
        this.writer = writer;
        this.topics = topics;
        this.json = json;
    }

    /** Returns how the reminder went out: NOTIFICATION or LOG_ONLY. */
    String send(SitrepReminders.Due due, Instant now) {
        Optional<Contact> contact = personOf(due.commander())
                .flatMap(id -> contacts.byIds(List.of(id)).stream().findFirst());
        if (contact.isEmpty() || contact.get().channels().isEmpty()) {
            return "LOG_ONLY";
        }
        Batch batch = new Batch();
        batch.publish(new OutboxMessage(
                topics.notificationRequests(),
                contact.get().personId().toString(),
                json.writeValueAsString(request(due, contact.get(), now))));
        writer.write(batch);
        return "NOTIFICATION";
    }

    private Optional<UUID> personOf(String login) {
        return jdbc.sql("SELECT person_id FROM app_users WHERE username = ? AND person_id IS NOT NULL")
                .param(login)
                .query(UUID.class)
                .optional();
    }

    private static SitrepReminderRequested request(SitrepReminders.Due due, Contact contact, Instant now) {
        var channels = contact.channels().stream()
                .map(c -> new SitrepReminderRequested.Channel(c.channel(), c.address()))
                .toList();
        return new SitrepReminderRequested(
                "NotificationRequested",
                1,
                UUID.randomUUID(),
                now,
                due.incidentId(),
                due.exercise(),
                UUID.randomUUID(),
                contact.personId(),
                contact.displayName(),
                contact.locale(),
                "NORMAL",
                channels,
                "Sitrep due: " + due.title(),
                "A situation report (conditions, actions, needs) is due for " + due.title() + ".",
                "0",
                List.of(),
                now.plus(VALID_FOR),
                "REMINDER");
    }
}
