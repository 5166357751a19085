package io.muster.gateway.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.common.TopicPartition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;
import tools.jackson.core.JacksonException;

/** Topics this service publishes and the dead-letter handling of the topics it consumes. */
@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

    @Bean
    KafkaAdmin.NewTopics gatewayTopics(TopicsProperties topics) {
        return new KafkaAdmin.NewTopics(
                TopicBuilder.name(topics.replies())
                        .partitions(topics.partitions())
                        .replicas(topics.replicas())
                        .build(),
                // shared with the notifier; declaring the same topic twice is harmless
                TopicBuilder.name(topics.deliveries())
                        .partitions(topics.partitions())
                        .replicas(topics.replicas())
                        .build(),
                deadLetterTopic(topics, topics.notificationRequests()),
                deadLetterTopic(topics, topics.priorityNotificationRequests()),
                deadLetterTopic(topics, topics.incidents()));
    }

    /**
     * One error policy for every consumer (correlation index, hotline directory, incident view), by
     * {@link Failures}: an outage (database, broker) pauses the consumer and retries until it is
     * over, never dead-letters; undecodable records go to the DLT at once; an unknown failure is
     * retried a few times first. Dead-lettered records are counted ({@code muster.kafka.dead-lettered}).
     */
    @Bean
    DefaultErrorHandler deadLetterErrorHandler(
            KafkaTemplate<String, String> template,
            KafkaRecoveryProperties settings,
            MeterRegistry meters,
            ConsumerPauses pauses) {
        var deadLetters = new DeadLetterPublishingRecoverer(
                template,
                (record, exception) -> new TopicPartition(TopicsProperties.deadLetterTopicOf(record.topic()), -1));
        var handler = new OutageTolerantErrorHandler(
                new CountedDeadLetters(deadLetters, meters),
                new FixedBackOff(1_000, settings.failureRetries()),
                pauses.handler());
        handler.addNotRetryableExceptions(UndecodableEventException.class, JacksonException.class);
        var untilBack = new ExponentialBackOff(settings.outageBackoff().toMillis(), 2.0);
        untilBack.setMaxInterval(settings.outageBackoffMax().toMillis());
        handler.setBackOffFunction((record, failure) -> Failures.isTransient(failure) ? untilBack : null);
        handler.setRetryListeners(new RetryLog());
        handler.setLogLevel(KafkaException.Level.DEBUG);
        return handler;
    }

    private static org.apache.kafka.clients.admin.NewTopic deadLetterTopic(TopicsProperties topics, String topic) {
        return TopicBuilder.name(TopicsProperties.deadLetterTopicOf(topic))
                .partitions(topics.partitions())
                .replicas(topics.replicas())
                .build();
    }
}
