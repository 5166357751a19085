package io.muster.notifier.kafka;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/** Declares the topics the notifier writes to: the outcomes, and the dead letters of what it reads. */
@Configuration(proxyBeanMethods = false)
class KafkaTopicsConfiguration {

    @Bean
    NewTopic deliveriesTopic(TopicsProperties topics) {
        return topic(topics.deliveries(), topics);
    }

    @Bean
    NewTopic notificationRequestsDeadLetterTopic(TopicsProperties topics) {
        return topic(TopicsProperties.deadLetterOf(topics.notificationRequests()), topics);
    }

    @Bean
    NewTopic priorityNotificationRequestsDeadLetterTopic(TopicsProperties topics) {
        return topic(TopicsProperties.deadLetterOf(topics.priorityNotificationRequests()), topics);
    }

    @Bean
    NewTopic deliveriesDeadLetterTopic(TopicsProperties topics) {
        return topic(TopicsProperties.deadLetterOf(topics.deliveries()), topics);
    }

    private static NewTopic topic(String name, TopicsProperties topics) {
        return TopicBuilder.name(name)
                .partitions(topics.partitions())
                .replicas(topics.replicas())
                .build();
    }
}
