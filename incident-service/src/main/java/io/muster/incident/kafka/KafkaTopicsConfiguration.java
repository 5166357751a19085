package io.muster.incident.kafka;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/** The topics this service publishes to, and the dead-letter topics of those it consumes. */
@Configuration(proxyBeanMethods = false)
class KafkaTopicsConfiguration {

    @Bean
    KafkaAdmin.NewTopics incidentServiceTopics(TopicsProperties topics) {
        return new KafkaAdmin.NewTopics(
                topic(topics.incidents(), topics),
                topic(topics.notificationRequests(), topics),
                topic(topics.priorityNotificationRequests(), topics),
                topic(TopicsProperties.deadLetterTopicOf(topics.deliveries()), topics),
                topic(TopicsProperties.deadLetterTopicOf(topics.replies()), topics));
    }

    private static NewTopic topic(String name, TopicsProperties topics) {
        return TopicBuilder.name(name)
                .partitions(topics.partitions())
                .replicas(topics.replicas())
                .build();
    }
}
