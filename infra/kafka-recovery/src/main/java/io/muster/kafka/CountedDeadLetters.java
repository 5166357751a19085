package io.muster.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.ConsumerAwareRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;

/** Dead-letters a record and counts it: {@code muster.kafka.dead-lettered{topic, reason}}. */
final class CountedDeadLetters implements ConsumerAwareRecordRecoverer {

    private static final Logger log = LoggerFactory.getLogger(CountedDeadLetters.class);

    private final DeadLetterPublishingRecoverer deadLetters;
    private final MeterRegistry meters;

    CountedDeadLetters(DeadLetterPublishingRecoverer deadLetters, MeterRegistry meters) {
        this.deadLetters = deadLetters;
        this.meters = meters;
    }

    @Override
    public void accept(ConsumerRecord<?, ?> record, @Nullable Consumer<?, ?> consumer, @Nullable Exception failure) {
        deadLetters.accept(record, consumer, failure);
        String reason = reason(failure);
        meters.counter("muster.kafka.dead-lettered", "topic", record.topic(), "reason", reason)
                .increment();
        log.warn("{}-{}@{} dead-lettered: {}", record.topic(), record.partition(), record.offset(), reason);
    }

    private static String reason(@Nullable Exception failure) {
        Throwable cause = failure;
        while (cause != null
                && cause.getCause() != null
                && cause.getCause() != cause
                && cause.getClass().getName().startsWith("org.springframework.kafka")) {
            cause = cause.getCause();
        }
        return cause == null ? "unknown" : cause.getClass().getSimpleName();
    }
}
