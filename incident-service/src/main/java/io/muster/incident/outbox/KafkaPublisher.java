package io.muster.incident.outbox;

import io.micrometer.tracing.CurrentTraceContext;
import io.micrometer.tracing.Tracer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/** Sends a chunk to Kafka, in order; the future completes when the broker acknowledged every record. */
@Component
class KafkaPublisher {

    // The sends run beside the relay, which reads the next chunk meanwhile; send() may also block
    // (max.block.ms) while it fetches metadata from an unreachable broker.
    private static final ExecutorService SENDS = Executors.newVirtualThreadPerTaskExecutor();

    private final KafkaTemplate<String, String> kafka;
    private final OutboxTraces traces;

    @Autowired
    KafkaPublisher(KafkaTemplate<String, String> kafka, OutboxTraces traces) {
        this.kafka = kafka;
        this.traces = traces;
    }

    /** Without tracing (tests that build a relay of their own). */
    KafkaPublisher(KafkaTemplate<String, String> kafka) {
        this(kafka, new OutboxTraces(Tracer.NOOP));
    }

    CompletableFuture<Void> sendAll(List<OutboxMessage> messages) {
        return CompletableFuture.supplyAsync(
                        () -> messages.stream().map(this::send).toArray(CompletableFuture[]::new), SENDS)
                .thenCompose(CompletableFuture::allOf);
    }

    private CompletableFuture<?> send(OutboxMessage message) {
        try (CurrentTraceContext.Scope writer = traces.restore(message.traceparent())) {
            return kafka.send(message.topic(), message.key(), message.payload());
        }
    }
}
