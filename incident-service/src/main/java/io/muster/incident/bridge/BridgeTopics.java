package io.muster.incident.bridge;

import io.muster.incident.kafka.TopicsProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/** Declares the topic of requests to ring members into a bridge, which this service publishes (keyed by incident). */
@Configuration(proxyBeanMethods = false)
class BridgeTopics {

    @Bean
    KafkaAdmin.NewTopics bridgeCallTopics(BridgeTopicProperties bridge, TopicsProperties topics) {
        return new KafkaAdmin.NewTopics(TopicBuilder.name(bridge.bridgeCalls())
                .partitions(topics.partitions())
                .replicas(topics.replicas())
                .build());
    }
}
