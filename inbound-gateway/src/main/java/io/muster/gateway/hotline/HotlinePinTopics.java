package io.muster.gateway.hotline;

import io.muster.gateway.kafka.TopicsProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/** The dead-letter topic of the PIN topic this service reads (the incident-service declares the topic itself). */
@Configuration(proxyBeanMethods = false)
class HotlinePinTopics {

    @Bean
    KafkaAdmin.NewTopics hotlinePinDeadLetters(PinTopicProperties pins, TopicsProperties topics) {
        return new KafkaAdmin.NewTopics(TopicBuilder.name(TopicsProperties.deadLetterTopicOf(pins.hotlinePins()))
                .partitions(4)
                .replicas(topics.replicas())
                .build());
    }
}
