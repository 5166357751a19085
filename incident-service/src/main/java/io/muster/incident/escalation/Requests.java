package io.muster.incident.escalation;

import io.muster.incident.escalation.NotificationRequested.Purpose;
import io.muster.incident.facts.IncidentsProperties;
import io.muster.incident.kafka.TopicsProperties;
import io.muster.incident.outbox.OutboxMessage;
import io.muster.incident.storage.TimeOrderedIds;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes every NotificationRequested of the service as an outbox message on the incident's lane:
 * the escalation's steps and all-clears, and the reminders, sitrep and overdue-task notices of
 * other features. The words around the title and the commander's text are the notifier's (in the
 * person's language); each request can be answered until its own {@code expiresAt}, one reply
 * window after it was issued.
 */
@Component
public class Requests {

    /** The step a request is of the person's question; {@code step} is null for a reminder sent by hand or schedule. */
    record Step(UUID notificationId, String replyCode, Purpose purpose, int level, @Nullable Integer step) {}

    /** A message that asks nothing: its kind, its bare subject and body, and the channels to use. */
    public record Notice(
            Purpose purpose,
            String subject,
            String body,
            String replyCode,
            List<NotificationRequested.Channel> channels) {}

    private final TopicsProperties topics;
    private final JsonMapper json;
    private final Duration replyWindow;

    Requests(TopicsProperties topics, JsonMapper json, IncidentsProperties properties) {
        this.topics = topics;
        this.json = json;
        this.replyWindow = properties.replyWindow();
    }

    OutboxMessage alert(
            EscalatingIncident incident,
            Contact contact,
            List<NotificationRequested.Channel> channels,
            Step step,
            Instant now) {
        return question(incident, contact, channels, step, now, TimeOrderedIds.next());
    }

    /**
     * A person's first request of a fan-out, rendered by the relay from their recipient row. Its
     * eventId derives from the notification id, so rendering it again gives the same event.
     */
    OutboxMessage first(
            EscalatingIncident incident,
            Contact contact,
            UUID notificationId,
            String replyCode,
            int level,
            Instant at) {
        var step = new Step(notificationId, replyCode, Purpose.ALERT, level, 0);
        UUID eventId =
                UUID.nameUUIDFromBytes(("NotificationRequested/" + notificationId).getBytes(StandardCharsets.UTF_8));
        return question(incident, contact, contact.channels(), step, at, eventId);
    }

    /** A reminder of the person's question to a recipient who has not answered, on all their channels. */
    public OutboxMessage reminder(
            EscalatingIncident incident,
            Contact contact,
            UUID notificationId,
            String replyCode,
            int level,
            Instant now) {
        var step = new Step(notificationId, replyCode, Purpose.REMINDER, level, null);
        return question(incident, contact, contact.channels(), step, now, TimeOrderedIds.next());
    }

    OutboxMessage allClear(
            EscalatingIncident incident,
            Contact contact,
            UUID notificationId,
            String replyCode,
            String note,
            Instant now) {
        var step = new Step(notificationId, replyCode, Purpose.ALL_CLEAR, 0, 0);
        var words = new Words(incident.title(), note, null, List.of());
        return message(incident, contact, contact.channels(), step, words, now, TimeOrderedIds.next());
    }

    /** A message that asks nothing about the incident, to one person. */
    public OutboxMessage notice(
            EscalatingIncident incident, Contact contact, UUID notificationId, Notice notice, Instant now) {
        var step = new Step(notificationId, notice.replyCode(), notice.purpose(), 0, null);
        var words = new Words(notice.subject(), notice.body(), null, List.of());
        return message(incident, contact, notice.channels(), step, words, now, TimeOrderedIds.next());
    }

    /**
     * A correction of the person's question: the corrected words with the same reply code and answers,
     * on the channels given (those that reached the person); a CANCELLATION asks nothing.
     */
    public OutboxMessage correction(
            EscalatingIncident incident, Contact contact, UUID notificationId, Notice notice, Instant now) {
        var step = new Step(notificationId, notice.replyCode(), notice.purpose(), 0, null);
        boolean asks = notice.purpose() == Purpose.CORRECTION;
        var words = new Words(
                notice.subject(),
                notice.body(),
                asks ? contact.alternateSiteIn(incident.affectedSiteIds()) : null,
                asks ? NotificationRequested.rollCallFor(contact) : List.of());
        return message(incident, contact, notice.channels(), step, words, now, TimeOrderedIds.next());
    }

    /** A question of another feature (a call-out), with its own answers, to one person. */
    public OutboxMessage ask(
            EscalatingIncident incident,
            Contact contact,
            UUID notificationId,
            Notice notice,
            List<NotificationRequested.ReplyOption> options,
            Instant now) {
        var step = new Step(notificationId, notice.replyCode(), notice.purpose(), 0, null);
        var words = new Words(notice.subject(), notice.body(), null, options);
        return message(incident, contact, notice.channels(), step, words, now, TimeOrderedIds.next());
    }

    String lane(EscalatingIncident incident) {
        return incident.lifeSafety() ? topics.priorityNotificationRequests() : topics.notificationRequests();
    }

    private record Words(
            String subject,
            String body,
            NotificationRequested.@Nullable AlternateSite alternateSite,
            List<NotificationRequested.ReplyOption> options) {}

    /** The roll call: the incident's title and message in the person's language, and where the person reports if their site is affected. */
    private OutboxMessage question(
            EscalatingIncident incident,
            Contact contact,
            List<NotificationRequested.Channel> channels,
            Step step,
            Instant now,
            UUID eventId) {
        var words = new Words(
                incident.titleFor(contact.locale()),
                incident.messageFor(contact.locale()),
                contact.alternateSiteIn(incident.affectedSiteIds()),
                NotificationRequested.rollCallFor(contact));
        return message(incident, contact, channels, step, words, now, eventId);
    }

    private OutboxMessage message(
            EscalatingIncident incident,
            Contact contact,
            List<NotificationRequested.Channel> channels,
            Step step,
            Words words,
            Instant now,
            UUID eventId) {
        var request = new NotificationRequested(
                "NotificationRequested",
                1,
                eventId,
                now,
                incident.id(),
                incident.exercise(),
                step.notificationId(),
                contact.personId(),
                contact.employeeId(),
                contact.roles(),
                contact.displayName(),
                contact.locale(),
                incident.lifeSafety() ? "LIFE_SAFETY" : "NORMAL",
                List.copyOf(channels),
                words.subject(),
                words.body(),
                words.alternateSite(),
                step.replyCode(),
                words.options(),
                now.plus(replyWindow),
                step.purpose().name(),
                step.level(),
                step.step(),
                // only the questions invite; the member is left out otherwise, as in the contract's plain sample
                incident.bridge() && (step.purpose() == Purpose.ALERT || step.purpose() == Purpose.REMINDER)
                        ? Boolean.TRUE
                        : null);
        return new OutboxMessage(lane(incident), contact.personId().toString(), json.writeValueAsString(request));
    }
}
