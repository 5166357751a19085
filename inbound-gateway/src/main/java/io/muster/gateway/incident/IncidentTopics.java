package io.muster.gateway.incident;

import io.muster.gateway.kafka.TopicsProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/** The dead-letter topic of the incident topic, which this service consumes. */
@Configuration(proxyBeanMethods = false)
class IncidentTopics {

    @Bean
    KafkaAdmin.NewTopics incidentDeadLetterTopic(TopicsProperties topics) {
        return new KafkaAdmin.NewTopics(TopicBuilder.name(TopicsProperties.deadLetterTopicOf(topics.incidents()))
                .partitions(topics.partitions())
                .replicas(topics.replicas())
                .build());
    }
}
