package io.muster.gateway.incident;

import io.muster.kafka.UnprocessableRecord;
import java.time.Instant;
import java.util.Objects;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps {@link Incidents} up to date from the incident topic, in its own consumer group. Types the gateway does
 * not need (IncidentUpdated, statements, ...) are skipped; an undecodable record or one without an incident goes
 * to the topic's DLT at once.
 */
@Component
class IncidentEventListener {

    private static final Logger log = LoggerFactory.getLogger(IncidentEventListener.class);

    private final Incidents incidents;
    private final JsonMapper json;

    IncidentEventListener(Incidents incidents, JsonMapper json) {
        this.incidents = incidents;
        this.json = json;
    }

    @KafkaListener(
            id = "incident-status",
            groupId = "inbound-gateway-incidents",
            topics = "${muster.topics.incidents:muster.incident.v1}")
    void onIncidentEvent(ConsumerRecord<String, String> record) {
        IncidentEvent event = decode(record.value());
        // blocks the listener thread: the offset commits once the row is stored (why not a Mono: kafka/package-info)
        apply(event).block();
    }

    private Mono<Void> apply(IncidentEvent event) {
        Instant at = Objects.requireNonNullElseGet(event.occurredAt(), Instant::now);
        return switch (Objects.requireNonNull(event.type())) {
            case "IncidentDeclared" ->
                incidents.declared(event.incidentId(), nonNull(event.title(), "title"), event.isExercise(), at);
            case "StatusUpdatePosted" ->
                incidents.updatePosted(
                        event.incidentId(),
                        event.isExercise(),
                        nonNull(event.updateId(), "updateId"),
                        nonNull(event.text(), "text"),
                        at);
            case "IncidentClosed" -> incidents.closed(event.incidentId(), event.isExercise(), at);
            default -> {
                log.debug("Skipped {} of incident {}: not needed here", event.type(), event.incidentId());
                yield Mono.empty();
            }
        };
    }

    private IncidentEvent decode(String value) {
        try {
            IncidentEvent event = json.readValue(Objects.requireNonNull(value, "no value"), IncidentEvent.class);
            if (event == null || event.type() == null || event.incidentId() == null) {
                throw new UnprocessableRecord("Incident event without type or incidentId");
            }
            return event;
        } catch (JacksonException | NullPointerException e) {
            throw new UnprocessableRecord("Undecodable incident event: " + e.getMessage(), e);
        }
    }

    private static <T> T nonNull(T value, String field) {
        if (value == null) {
            throw new UnprocessableRecord("Incident event without " + field);
        }
        return value;
    }
}
