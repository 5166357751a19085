package io.muster.incident.accountability;

import io.muster.incident.escalation.Contact;
import io.muster.incident.kafka.TopicsProperties;
import io.muster.incident.outbox.OutboxMessage;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes one NotificationRequested for one person as an outbox message on the incident's lane. */
@Component
public class PersonalRequests {

    /** What to ask: the notification, its reply code and options, the text, and the channels to use. */
    public record Ask(
            UUID notificationId,
            String replyCode,
            List<NotificationRequested.ReplyOption> options,
            String subject,
            String body,
            Instant expiresAt,
            String purpose,
            @Nullable Integer level,
            List<NotificationRequested.Channel> channels) {}

    private final TopicsProperties topics;
    private final JsonMapper json;

    PersonalRequests(TopicsProperties topics, JsonMapper json) {
        this.topics = topics;
        this.json = json;
    }

    /** The person's channels, in their order of preference, with addresses. */
    public static List<NotificationRequested.Channel> channelsOf(Contact contact) {
        return contact.channels().stream()
                .map(c -> new NotificationRequested.Channel(c.channel(), c.address()))
                .toList();
    }

    public OutboxMessage message(IncidentFacts incident, Contact contact, Ask ask, Instant now) {
        var request = new NotificationRequested(
                "NotificationRequested",
                1,
                UUID.randomUUID(),
                now,
                incident.id(),
                incident.exercise(),
                ask.notificationId(),
                contact.personId(),
                contact.displayName(),
                contact.locale(),
                incident.lifeSafety() ? "LIFE_SAFETY" : "NORMAL",
                ask.channels(),
                ask.subject(),
                ask.body(),
                ask.replyCode(),
                ask.options(),
                ask.expiresAt(),
                ask.purpose(),
                ask.level(),
                null,
                contact.employeeId());
        String lane = incident.lifeSafety() ? topics.priorityNotificationRequests() : topics.notificationRequests();
        return new OutboxMessage(lane, contact.personId().toString(), json.writeValueAsString(request));
    }
}
