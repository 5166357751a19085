package io.muster.gateway.kafka;

import java.time.Duration;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

/** Publishes an event as JSON and completes only once the broker has acknowledged it. */
@Component
public class EventPublisher {

    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(10);

    private final KafkaTemplate<String, String> template;
    private final JsonMapper json;

    EventPublisher(KafkaTemplate<String, String> template, JsonMapper json) {
        this.template = template;
        this.json = json;
    }

    public Mono<Void> publish(String topic, String key, Object event) {
        var record = new ProducerRecord<>(topic, key, json.writeValueAsString(event));
        // send() may block on metadata while the broker is away: keep it off the event loop
        return Mono.fromCallable(() -> template.send(record))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(Mono::fromFuture)
                .timeout(ACK_TIMEOUT)
                .onErrorMap(e -> new EventBusUnavailableException(topic, e))
                .then();
    }
}
