package io.muster.incident.incident;

import io.muster.incident.kafka.TopicsProperties;
import io.muster.incident.outbox.OutboxMessage;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The outbox messages of a declaration: IncidentDeclared first, then one request per recipient. */
@Component
class IncidentEvents {

    private final NotificationRequests requests;
    private final TopicsProperties topics;
    private final JsonMapper json;

    IncidentEvents(NotificationRequests requests, TopicsProperties topics, JsonMapper json) {
        this.requests = requests;
        this.topics = topics;
        this.json = json;
    }

    List<OutboxMessage> of(Incident incident, List<Recipient> recipients) {
        List<OutboxMessage> messages = new ArrayList<>(recipients.size() + 1);
        String incidentKey = incident.id().toString();
        messages.add(new OutboxMessage(
                topics.incidents(),
                incidentKey,
                json.writeValueAsString(IncidentDeclared.of(incident, recipients.size()))));
        String lane = incident.priority() == Priority.LIFE_SAFETY
                ? topics.priorityNotificationRequests()
                : topics.notificationRequests();
        for (Recipient r : recipients) {
            var request = requests.forPerson(incident, r.person(), r.notificationId(), r.replyCode());
            messages.add(new OutboxMessage(lane, r.person().id().toString(), json.writeValueAsString(request)));
        }
        return messages;
    }
}
