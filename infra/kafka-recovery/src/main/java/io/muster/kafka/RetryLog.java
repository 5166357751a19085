package io.muster.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.RetryListener;

/**
 * Says that a consumer is waiting out a failure, once when it starts and then every tenth try,
 * rather than a stack trace per try for as long as an outage lasts. Never the record's value:
 * it carries phone numbers and addresses.
 */
final class RetryLog implements RetryListener {

    private static final Logger log = LoggerFactory.getLogger(RetryLog.class);

    @Override
    public void failedDelivery(ConsumerRecord<?, ?> record, @Nullable Exception failure, int attempt) {
        if (attempt == 1 || attempt % 10 == 0) {
            log.warn(
                    "{}-{}@{} failed (try {}, {}); retrying: {}",
                    record.topic(),
                    record.partition(),
                    record.offset(),
                    attempt,
                    failure == null ? Failures.Kind.UNKNOWN : Failures.classify(failure),
                    rootCause(failure));
        }
    }

    /** An outage's message says what is away; any other message may quote a value, so only its type. */
    private static String rootCause(@Nullable Throwable failure) {
        Throwable root = failure;
        while (root != null && root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root == null) {
            return "unknown";
        }
        return failure != null && Failures.isTransient(failure)
                ? root.getClass().getSimpleName() + ": " + root.getMessage()
                : root.getClass().getSimpleName();
    }
}
