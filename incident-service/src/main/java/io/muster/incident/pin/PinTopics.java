package io.muster.incident.pin;

import io.muster.incident.kafka.TopicsProperties;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/** Declares the hotline PIN topic this service publishes: compacted, the latest event per person is kept. */
@Configuration(proxyBeanMethods = false)
class PinTopics {

    @Bean
    KafkaAdmin.NewTopics hotlinePinTopics(PinTopicProperties pins, TopicsProperties topics) {
        return new KafkaAdmin.NewTopics(TopicBuilder.name(pins.hotlinePins())
                .partitions(topics.partitions())
                .replicas(topics.replicas())
                .config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)
                .build());
    }
}
