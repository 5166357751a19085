package io.muster.incident.callout;

import io.muster.incident.escalation.Contact;
import io.muster.incident.escalation.Contacts;
import io.muster.incident.escalation.EscalatingIncident;
import io.muster.incident.escalation.NotificationRequested.Purpose;
import io.muster.incident.escalation.Requests;
import io.muster.incident.outbox.Outbox;
import io.muster.incident.outbox.OutboxMessage;
import io.muster.incident.storage.TimeOrderedIds;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Queues a call-out's messages in the caller's transaction, one per person, each recorded in {@code
 * callout_notifications} so its delivery reports and answers are known: the question, where to report,
 * and no longer needed.
 */
@Component
class CalloutMessages {

    /** What a call-out asked, for the words of its messages. */
    record Asked(UUID calloutId, EscalatingIncident incident, int needed, String message, String place, Instant time) {}

    /** A person asked and the reply code of their call-out question. */
    record Person(Contact contact, String replyCode) {}

    private final JdbcClient jdbc;
    private final Contacts contacts;
    private final CalloutTexts texts;
    private final Requests requests;
    private final Outbox outbox;

    CalloutMessages(JdbcClient jdbc, Contacts contacts, CalloutTexts texts, Requests requests, Outbox outbox) {
        this.jdbc = jdbc;
        this.contacts = contacts;
        this.texts = texts;
        this.requests = requests;
        this.outbox = outbox;
    }

    void ask(Asked callout, List<Person> people, Instant now) {
        List<OutboxMessage> messages = new ArrayList<>();
        for (Person person : people) {
            Contact contact = person.contact();
            UUID notification = record(callout.calloutId(), contact.personId(), "ASK");
            var notice = new Requests.Notice(
                    Purpose.CALLOUT,
                    texts.subject("question", contact, callout.incident().title()),
                    texts.question(contact, callout.needed(), callout.message()),
                    person.replyCode(),
                    contact.channels());
            messages.add(requests.ask(callout.incident(), contact, notification, notice, texts.options(contact), now));
        }
        outbox.append(messages);
    }

    void report(Asked callout, UUID personId, String replyCode, Instant now) {
        for (Contact contact : contacts.byIds(List.of(personId))) {
            String body = texts.report(contact, callout.place(), callout.time());
            notice(callout, contact, Purpose.CALLOUT_REPORT, "report", body, replyCode, now);
        }
    }

    /** Tells each of these people that they are no longer needed; {@code codes} gives each one's reply code. */
    void release(Asked callout, Collection<UUID> people, Function<UUID, String> codes, Instant now) {
        for (Contact contact : contacts.byIds(people)) {
            notice(
                    callout,
                    contact,
                    Purpose.CALLOUT_RELEASE,
                    "release",
                    texts.release(contact),
                    codes.apply(contact.personId()),
                    now);
        }
    }

    private void notice(
            Asked callout, Contact contact, Purpose purpose, String kind, String body, String replyCode, Instant now) {
        if (contact.channels().isEmpty()) {
            return;
        }
        UUID notification =
                record(callout.calloutId(), contact.personId(), kind.equals("report") ? "REPORT" : "RELEASE");
        var notice = new Requests.Notice(
                purpose, texts.subject(kind, contact, callout.incident().title()), body, replyCode, contact.channels());
        outbox.append(requests.notice(callout.incident(), contact, notification, notice, now));
    }

    private UUID record(UUID calloutId, UUID personId, String kind) {
        UUID notification = TimeOrderedIds.next();
        jdbc.sql("INSERT INTO callout_notifications (notification_id, callout_id, person_id, kind) VALUES (?, ?, ?, ?)")
                .params(notification, calloutId, personId, kind)
                .update();
        return notification;
    }
}
