package io.muster.notifier.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.common.TopicPartition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * One error policy for every consumer of the notifier (both request lanes, the receipts), by
 * {@link Failures}: an outage (database, broker, no provider able to take the call) pauses the
 * consumer and retries until it is over, never dead-letters; a record that can never be processed
 * goes to {@code <topic>.DLT} at once with the reason in Spring Kafka's exception headers; an
 * unknown failure is retried a few times first. Dead-lettered records are counted
 * ({@code muster.kafka.dead-lettered}).
 */
@Configuration(proxyBeanMethods = false)
class DeadLetterConfiguration {

    @Bean
    DefaultErrorHandler deadLetteringErrorHandler(
            KafkaTemplate<String, String> template,
            KafkaRecoveryProperties settings,
            MeterRegistry meters,
            ConsumerPauses pauses) {
        var deadLetters = new DeadLetterPublishingRecoverer(
                template, (record, failure) -> new TopicPartition(TopicsProperties.deadLetterOf(record.topic()), -1));
        var handler = new OutageTolerantErrorHandler(
                new CountedDeadLetters(deadLetters, meters), afterUnknownFailure(settings), pauses.handler());
        handler.addNotRetryableExceptions(UnprocessableRecord.class);
        BackOff untilBack = untilTheDependencyIsBack(settings);
        BackOff untilAProviderIsBack = untilAProviderIsBack();
        handler.setBackOffFunction((record, failure) -> {
            if (!Failures.isTransient(failure)) {
                return null;
            }
            return providerUnavailable(failure) ? untilAProviderIsBack : untilBack;
        });
        handler.setRetryListeners(new RetryLog());
        handler.setLogLevel(KafkaException.Level.DEBUG);
        return handler;
    }

    private static BackOff untilTheDependencyIsBack(KafkaRecoveryProperties settings) {
        var backOff = new ExponentialBackOff(settings.outageBackoff().toMillis(), 2.0);
        backOff.setMaxInterval(settings.outageBackoffMax().toMillis());
        return backOff;
    }

    /** A provider's circuit stays open 30 s: asking more often than that only adds load. */
    private static BackOff untilAProviderIsBack() {
        var backOff = new ExponentialBackOff(1_000, 2);
        backOff.setMaxInterval(30_000);
        return backOff;
    }

    private static BackOff afterUnknownFailure(KafkaRecoveryProperties settings) {
        return new FixedBackOff(1_000, settings.failureRetries());
    }

    private static boolean providerUnavailable(Exception failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DependencyOutage outage && outage.isProvider()) {
                return true;
            }
        }
        return false;
    }
}
