package io.muster.incident.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.common.TopicPartition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;
import tools.jackson.core.JacksonException;

/**
 * One error policy for every consumer of the service, by {@link Failures}: an outage (database,
 * broker) pauses the consumer and retries the record with backoff until the dependency is back,
 * never dead-letters it; a record that can never succeed goes to {@code <topic>.DLT} at once; an
 * unknown failure is retried a few times first. Every dead-lettered record is counted
 * ({@code muster.kafka.dead-lettered}).
 */
@Configuration(proxyBeanMethods = false)
class DeadLetterConfiguration {

    @Bean
    DefaultErrorHandler deadLetterErrorHandler(
            KafkaOperations<Object, Object> kafka,
            KafkaRecoveryProperties settings,
            MeterRegistry meters,
            ConsumerPauses pauses) {
        var deadLetters = new DeadLetterPublishingRecoverer(
                kafka,
                (record, exception) -> new TopicPartition(TopicsProperties.deadLetterTopicOf(record.topic()), -1));
        var handler = new OutageTolerantErrorHandler(
                new CountedDeadLetters(deadLetters, meters), afterUnknownFailure(settings), pauses.handler());
        handler.addNotRetryableExceptions(UndeliverableRecord.class, JacksonException.class);
        BackOff untilBack = untilTheDependencyIsBack(settings);
        handler.setBackOffFunction((record, failure) -> Failures.isTransient(failure) ? untilBack : null);
        handler.setRetryListeners(new RetryLog());
        handler.setLogLevel(KafkaException.Level.DEBUG);
        return handler;
    }

    private static BackOff untilTheDependencyIsBack(KafkaRecoveryProperties settings) {
        var backOff = new ExponentialBackOff(settings.outageBackoff().toMillis(), 2.0);
        backOff.setMaxInterval(settings.outageBackoffMax().toMillis());
        return backOff;
    }

    private static BackOff afterUnknownFailure(KafkaRecoveryProperties settings) {
        return new FixedBackOff(1_000, settings.failureRetries());
    }
}
