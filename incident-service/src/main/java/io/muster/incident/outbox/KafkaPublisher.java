package io.muster.incident.outbox;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Sends a batch to Kafka and completes when the broker acknowledged every record. */
@Component
class KafkaPublisher {

    private final KafkaTemplate<String, String> kafka;

    KafkaPublisher(KafkaTemplate<String, String> kafka) {
        this.kafka = kafka;
    }

    Mono<Void> sendAll(List<OutboxMessage> messages) {
        // send() may block while it fetches metadata from an unreachable broker: keep it off the event loop.
        return Mono.fromCallable(() -> messages.stream()
                        .map(m -> kafka.send(m.topic(), m.key(), m.payload()))
                        .toArray(CompletableFuture[]::new))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(acks -> Mono.fromFuture(CompletableFuture.allOf(acks)));
    }
}
