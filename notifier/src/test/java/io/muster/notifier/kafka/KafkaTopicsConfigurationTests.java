package io.muster.notifier.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

/** The topics the notifier declares take their partitions and replicas from the settings. */
class KafkaTopicsConfigurationTests {

    private final KafkaTopicsConfiguration configuration = new KafkaTopicsConfiguration();

    @Test
    void everyDeclaredTopicHasTheConfiguredPartitionsAndReplicas() {
        TopicsProperties topics = new TopicsProperties("requests", "priority", "deliveries", (short) 3, 16);

        Stream.of(
                        configuration.deliveriesTopic(topics),
                        configuration.notificationRequestsDeadLetterTopic(topics),
                        configuration.priorityNotificationRequestsDeadLetterTopic(topics),
                        configuration.deliveriesDeadLetterTopic(topics))
                .forEach(topic -> {
                    assertThat(topic.numPartitions()).as(topic.name()).isEqualTo(16);
                    assertThat(topic.replicationFactor()).as(topic.name()).isEqualTo((short) 3);
                });
        assertThat(configuration.deliveriesDeadLetterTopic(topics).name()).isEqualTo("deliveries.DLT");
    }

    @Test
    void theDefaultIsFourPartitions() {
        NewTopic topic =
                configuration.deliveriesTopic(new TopicsProperties("requests", "priority", "deliveries", (short) 1, 4));

        assertThat(topic.numPartitions()).isEqualTo(4);
    }
}
