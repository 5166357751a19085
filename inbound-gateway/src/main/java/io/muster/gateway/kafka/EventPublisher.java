package io.muster.gateway.kafka;

import io.muster.gateway.outbox.Outbox;
import io.muster.gateway.outbox.OutboxMessage;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes events as JSON: completes once they are stored in the gateway's outbox, from where the
 * relay sends them to Kafka (accept, store, then publish). A broker outage delays them; it no longer
 * makes the caller refuse what the provider sent. Fails when the database cannot store them.
 */
@Component
public class EventPublisher {

    private final Outbox outbox;
    private final JsonMapper json;

    EventPublisher(Outbox outbox, JsonMapper json) {
        this.outbox = outbox;
        this.json = json;
    }

    /** An event and the key that orders it (its partition). */
    public record Keyed(String key, Object event) {}

    public Mono<Void> publish(String topic, String key, Object event) {
        return publishAll(topic, List.of(new Keyed(key, event))).then();
    }

    /**
     * Stores all events in one statement: for each, in order, empty (stored; the relay will send it).
     * Fails as a whole with the database's error when they cannot be stored.
     */
    public Mono<List<Optional<EventBusUnavailableException>>> publishAll(String topic, List<Keyed> events) {
        return Mono.fromCallable(() -> events.stream()
                        .map(event -> new OutboxMessage(topic, event.key(), json.writeValueAsString(event.event())))
                        .toList())
                .flatMap(messages -> outbox.append(messages)
                        .thenReturn(messages.stream()
                                .map(stored -> Optional.<EventBusUnavailableException>empty())
                                .toList()));
    }
}
