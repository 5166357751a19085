package io.muster.incident.escalation;

import io.muster.incident.incident.IncidentsProperties;
import io.muster.incident.kafka.TopicsProperties;
import io.muster.incident.outbox.OutboxMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes one step for one person as an outbox message on the incident's lane. */
@Component
class Requests {

    private final TopicsProperties topics;
    private final JsonMapper json;
    private final Duration replyWindow;

    Requests(TopicsProperties topics, JsonMapper json, IncidentsProperties properties) {
        this.topics = topics;
        this.json = json;
        this.replyWindow = properties.replyWindow();
    }

    record Step(UUID notificationId, String replyCode, String purpose, int level, int step) {}

    OutboxMessage alert(
            EscalatingIncident incident,
            Contact contact,
            List<NotificationRequested.Channel> channels,
            Step step,
            Instant now) {
        return alert(incident, contact, channels, step, now, Uuids.timeOrdered());
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
        var step = new Step(notificationId, replyCode, "ALERT", level, 0);
        UUID eventId =
                UUID.nameUUIDFromBytes(("NotificationRequested/" + notificationId).getBytes(StandardCharsets.UTF_8));
        return alert(incident, contact, contact.channels(), step, at, eventId);
    }

    String lane(EscalatingIncident incident) {
        return incident.lifeSafety() ? topics.priorityNotificationRequests() : topics.notificationRequests();
    }

    private OutboxMessage alert(
            EscalatingIncident incident,
            Contact contact,
            List<NotificationRequested.Channel> channels,
            Step step,
            Instant now,
            UUID eventId) {
        String subject = step.purpose().equals("REMINDER") ? "Reminder: " + incident.title() : incident.title();
        return message(
                incident,
                contact,
                channels,
                step,
                subject,
                bodyFor(incident, contact),
                NotificationRequested.rollCallFor(contact),
                now,
                eventId);
    }

    OutboxMessage allClear(
            EscalatingIncident incident, Contact contact, UUID notificationId, String replyCode, Instant now) {
        var step = new Step(notificationId, replyCode, "ALL_CLEAR", 0, 0);
        String body = "All clear: " + incident.title() + ". No further action is needed.";
        return message(
                incident,
                contact,
                contact.channels(),
                step,
                "All clear: " + incident.title(),
                body,
                List.of(),
                now,
                Uuids.timeOrdered());
    }

    private OutboxMessage message(
            EscalatingIncident incident,
            Contact contact,
            List<NotificationRequested.Channel> channels,
            Step step,
            String subject,
            String body,
            List<NotificationRequested.ReplyOption> options,
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
                contact.displayName(),
                contact.locale(),
                incident.lifeSafety() ? "LIFE_SAFETY" : "NORMAL",
                List.copyOf(channels),
                subject,
                body,
                step.replyCode(),
                options,
                incident.declaredAt().plus(replyWindow),
                step.purpose(),
                step.level(),
                step.step());
        return new OutboxMessage(lane(incident), contact.personId().toString(), json.writeValueAsString(request));
    }

    /** People at an affected site read where to go if their site cannot be used. */
    private static String bodyFor(EscalatingIncident incident, Contact contact) {
        boolean atAffectedSite =
                contact.siteId() != null && incident.affectedSiteIds().contains(contact.siteId());
        return atAffectedSite && contact.alternateInstruction() != null
                ? incident.message() + "\n" + contact.alternateInstruction()
                : incident.message();
    }
}
