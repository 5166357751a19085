package io.muster.gateway.bridge;

import io.muster.gateway.kafka.TopicsProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The bridge-call topic this service reads, as the incident-service declares it (declaring it twice is harmless, and
 * the gateway may start first), and its dead-letter topic.
 */
@Configuration(proxyBeanMethods = false)
class BridgeCallTopics {

    @Bean
    KafkaAdmin.NewTopics bridgeCallTopicDeclarations(BridgeCallTopicProperties calls, TopicsProperties topics) {
        return new KafkaAdmin.NewTopics(
                TopicBuilder.name(calls.bridgeCalls())
                        .partitions(topics.partitions())
                        .replicas(topics.replicas())
                        .build(),
                TopicBuilder.name(TopicsProperties.deadLetterTopicOf(calls.bridgeCalls()))
                        .partitions(topics.partitions())
                        .replicas(topics.replicas())
                        .build());
    }
}
