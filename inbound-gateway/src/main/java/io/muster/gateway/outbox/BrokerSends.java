package io.muster.gateway.outbox;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Sends a batch to Kafka and completes once the broker acknowledged every record (or fails). */
@Component
class BrokerSends {

    private final KafkaTemplate<String, String> kafka;

    BrokerSends(KafkaTemplate<String, String> kafka) {
        this.kafka = kafka;
    }

    Mono<Void> sendAll(List<OutboxMessage> messages, Duration ackTimeout) {
        // send() may block on metadata while the broker is away: keep it off the event loop
        return Mono.fromCallable(() -> messages.stream()
                        .map(m -> kafka.send(m.topic(), m.key(), m.payload()))
                        .toArray(CompletableFuture[]::new))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(acks -> Mono.fromFuture(CompletableFuture.allOf(acks)))
                .timeout(ackTimeout);
    }
}
