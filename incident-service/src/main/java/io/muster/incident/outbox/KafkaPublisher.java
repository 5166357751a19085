package io.muster.incident.outbox;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/** Sends a chunk to Kafka, in order; the future completes when the broker acknowledged every record. */
@Component
class KafkaPublisher {

    // The sends run beside the relay, which reads the next chunk meanwhile; send() may also block
    // (max.block.ms) while it fetches metadata from an unreachable broker.
    private static final ExecutorService SENDS = Executors.newVirtualThreadPerTaskExecutor();

    private final KafkaTemplate<String, String> kafka;

    KafkaPublisher(KafkaTemplate<String, String> kafka) {
        this.kafka = kafka;
    }

    CompletableFuture<Void> sendAll(List<OutboxMessage> messages) {
        return CompletableFuture.supplyAsync(
                        () -> messages.stream()
                                .map(m -> kafka.send(m.topic(), m.key(), m.payload()))
                                .toArray(CompletableFuture[]::new),
                        SENDS)
                .thenCompose(CompletableFuture::allOf);
    }
}
