package io.muster.gateway.kafka;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

/** Publishes events as JSON and completes only once the broker has acknowledged them. */
@Component
public class EventPublisher {

    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(10);

    private final KafkaTemplate<String, String> template;
    private final JsonMapper json;

    EventPublisher(KafkaTemplate<String, String> template, JsonMapper json) {
        this.template = template;
        this.json = json;
    }

    /** An event and the key that orders it (its partition). */
    public record Keyed(String key, Object event) {}

    public Mono<Void> publish(String topic, String key, Object event) {
        return publishAll(topic, List.of(new Keyed(key, event)))
                .flatMap(failures -> Mono.justOrEmpty(failures.getFirst()))
                .flatMap(Mono::error);
    }

    /**
     * Sends all events, then completes once each is acknowledged or has failed: for each, in order, empty
     * or why it was not published. One hop off the event loop and one wait for a whole batch of replies.
     * Fails as a whole (EventBusUnavailableException) when sending blocks past the acknowledgement time.
     */
    public Mono<List<Optional<EventBusUnavailableException>>> publishAll(String topic, List<Keyed> events) {
        // send() may block on metadata while the broker is away: keep it off the event loop
        return Mono.fromCallable(
                        () -> events.stream().map(event -> send(topic, event)).toList())
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(sent -> Mono.fromFuture(CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new))
                        .thenApply(done ->
                                sent.stream().map(CompletableFuture::join).toList())))
                .timeout(ACK_TIMEOUT)
                .onErrorMap(TimeoutException.class, e -> new EventBusUnavailableException(topic, e));
    }

    private CompletableFuture<Optional<EventBusUnavailableException>> send(String topic, Keyed event) {
        try {
            var record = new ProducerRecord<>(topic, event.key(), json.writeValueAsString(event.event()));
            return template.send(record)
                    .orTimeout(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                    .handle((acknowledged, failure) -> failure == null
                            ? Optional.empty()
                            : Optional.of(new EventBusUnavailableException(topic, failure)));
        } catch (RuntimeException failure) {
            return CompletableFuture.completedFuture(Optional.of(new EventBusUnavailableException(topic, failure)));
        }
    }
}
