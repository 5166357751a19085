package io.muster.gateway.kafka;

import org.apache.kafka.common.TopicPartition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/** Topics this service publishes and the dead-letter handling of the topics it consumes. */
@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

    private static final int PARTITIONS = 4;

    @Bean
    KafkaAdmin.NewTopics gatewayTopics(TopicsProperties topics) {
        return new KafkaAdmin.NewTopics(
                TopicBuilder.name(topics.replies())
                        .partitions(PARTITIONS)
                        .replicas(topics.replicas())
                        .build(),
                // shared with the notifier; declaring the same topic twice is harmless
                TopicBuilder.name(topics.deliveries())
                        .partitions(PARTITIONS)
                        .replicas(topics.replicas())
                        .build(),
                deadLetterTopic(topics, topics.notificationRequests()),
                deadLetterTopic(topics, topics.priorityNotificationRequests()));
    }

    /** Undecodable records go to the DLT at once; anything else is retried a few times first. */
    @Bean
    DefaultErrorHandler deadLetterErrorHandler(KafkaTemplate<String, String> template) {
        var recoverer = new DeadLetterPublishingRecoverer(
                template,
                (record, exception) -> new TopicPartition(TopicsProperties.deadLetterTopicOf(record.topic()), -1));
        var backOff = new ExponentialBackOff(200, 2.0);
        backOff.setMaxAttempts(4);
        var handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(UndecodableEventException.class);
        return handler;
    }

    private static org.apache.kafka.clients.admin.NewTopic deadLetterTopic(TopicsProperties topics, String topic) {
        return TopicBuilder.name(TopicsProperties.deadLetterTopicOf(topic))
                .partitions(PARTITIONS)
                .replicas(topics.replicas())
                .build();
    }
}
