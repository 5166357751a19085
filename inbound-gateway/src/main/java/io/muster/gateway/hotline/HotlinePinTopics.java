package io.muster.gateway.hotline;

import io.muster.gateway.kafka.TopicsProperties;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The PIN topic this service reads, as the incident-service declares it (compacted: declaring it twice is harmless,
 * and the gateway may start first), and its dead-letter topic.
 */
@Configuration(proxyBeanMethods = false)
class HotlinePinTopics {

    @Bean
    KafkaAdmin.NewTopics hotlinePinTopicDeclarations(PinTopicProperties pins, TopicsProperties topics) {
        return new KafkaAdmin.NewTopics(
                TopicBuilder.name(pins.hotlinePins())
                        .partitions(topics.partitions())
                        .replicas(topics.replicas())
                        .config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)
                        .build(),
                TopicBuilder.name(TopicsProperties.deadLetterTopicOf(pins.hotlinePins()))
                        .partitions(topics.partitions())
                        .replicas(topics.replicas())
                        .build());
    }
}
