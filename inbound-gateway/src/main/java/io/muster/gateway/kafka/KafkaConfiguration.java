package io.muster.gateway.kafka;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/** Topics this service publishes and the dead-letter topics of those it consumes (the error policy is infra/kafka-recovery's). */
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

    private static org.apache.kafka.clients.admin.NewTopic deadLetterTopic(TopicsProperties topics, String topic) {
        return TopicBuilder.name(TopicsProperties.deadLetterTopicOf(topic))
                .partitions(topics.partitions())
                .replicas(topics.replicas())
                .build();
    }
}
