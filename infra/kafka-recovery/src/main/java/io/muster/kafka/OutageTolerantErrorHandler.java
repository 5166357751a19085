package io.muster.kafka;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.springframework.kafka.listener.BackOffHandler;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.util.backoff.BackOff;

/**
 * Spring Kafka's error handler, except for a batch listener that fails as a whole on an outage
 * (no record named): that is treated as its first record failing, so the batch is retried for as
 * long as the outage lasts and, once it is over, a record that can never succeed is dead-lettered
 * alone. (The stock handler would retry the batch a few times and then dead-letter all of it.)
 */
final class OutageTolerantErrorHandler extends DefaultErrorHandler {

    OutageTolerantErrorHandler(ConsumerRecordRecoverer recoverer, BackOff backOff, BackOffHandler pausing) {
        super(recoverer, backOff, pausing);
    }

    @Override
    public void handleBatch(
            Exception thrown,
            ConsumerRecords<?, ?> data,
            Consumer<?, ?> consumer,
            MessageListenerContainer container,
            Runnable invokeListener) {
        super.handleBatch(namingFirstRecordOnOutage(thrown), data, consumer, container, invokeListener);
    }

    @Override
    public <K, V> ConsumerRecords<K, V> handleBatchAndReturnRemaining(
            Exception thrown,
            ConsumerRecords<?, ?> data,
            Consumer<?, ?> consumer,
            MessageListenerContainer container,
            Runnable invokeListener) {
        return super.handleBatchAndReturnRemaining(
                namingFirstRecordOnOutage(thrown), data, consumer, container, invokeListener);
    }

    private static Exception namingFirstRecordOnOutage(Exception thrown) {
        int depth = 0;
        for (Throwable link = thrown; link != null && depth++ < 20; link = link.getCause()) {
            if (link instanceof BatchListenerFailedException) {
                return thrown; // the listener named the record: the stock handling is right
            }
        }
        return Failures.isTransient(thrown)
                ? new BatchListenerFailedException(String.valueOf(thrown.getMessage()), thrown, 0)
                : thrown;
    }
}
