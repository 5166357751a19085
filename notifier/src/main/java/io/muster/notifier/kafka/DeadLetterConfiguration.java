package io.muster.notifier.kafka;

import io.muster.notifier.delivery.ProviderUnavailable;
import org.apache.kafka.common.TopicPartition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Every consumed record either takes effect or lands in {@code <topic>.DLT} with the reason in
 * Spring Kafka's exception headers: nothing is logged and skipped. Transient failures (database,
 * broker) are retried a few times first; records that can never be processed go there at once.
 */
@Configuration(proxyBeanMethods = false)
class DeadLetterConfiguration {

    @Bean
    DefaultErrorHandler deadLetteringErrorHandler(KafkaTemplate<String, String> template) {
        var recoverer = new DeadLetterPublishingRecoverer(
                template, (record, failure) -> new TopicPartition(TopicsProperties.deadLetterOf(record.topic()), -1));
        var backOff = new ExponentialBackOffWithMaxRetries(3);
        backOff.setInitialInterval(1_000);
        backOff.setMultiplier(2);
        var handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(UnprocessableRecord.class);
        // no provider can take the call now (circuit open, no secondary): wait and retry, never dead-letter
        handler.setBackOffFunction((record, failure) -> providerUnavailable(failure) ? untilAvailable() : null);
        return handler;
    }

    private static boolean providerUnavailable(Exception failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProviderUnavailable) {
                return true;
            }
        }
        return false;
    }

    private static BackOff untilAvailable() {
        var backOff = new ExponentialBackOff(1_000, 2);
        backOff.setMaxInterval(30_000);
        return backOff;
    }
}
