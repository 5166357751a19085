package io.muster.incident.lifecycle;

import io.muster.incident.escalation.EscalatingIncident;
import io.muster.incident.kafka.TopicsProperties;
import io.muster.incident.outbox.Outbox;
import io.muster.incident.outbox.OutboxMessage;
import java.time.Instant;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Queues IncidentClosed in the closing transaction, after the all-clear requests. */
@Component
class ClosedEvents {

    private final Outbox outbox;
    private final JsonMapper json;
    private final TopicsProperties topics;

    ClosedEvents(Outbox outbox, JsonMapper json, TopicsProperties topics) {
        this.outbox = outbox;
        this.json = json;
        this.topics = topics;
    }

    /** {@code allClearMessage} is the commander's closing note, else a plain all-clear naming the incident. */
    void closed(EscalatingIncident incident, String note, String closedBy, Instant now) {
        String message = note.isEmpty() ? "All clear: " + incident.title() + ". No further action is needed." : note;
        var event = IncidentClosed.of(incident.id(), incident.exercise(), closedBy, message, now);
        outbox.append(new OutboxMessage(topics.incidents(), incident.id().toString(), json.writeValueAsString(event)));
    }
}
