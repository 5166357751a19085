package io.muster.incident.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** The topics the incident-service declares take their partitions and replicas from the settings. */
class KafkaTopicsConfigurationTests {

    @Test
    void everyDeclaredTopicHasTheConfiguredPartitionsAndReplicas() {
        TopicsProperties topics =
                new TopicsProperties("incidents", "requests", "priority", "deliveries", "replies", (short) 3, 16);

        // NewTopics keeps its list package-private: read it the way KafkaAdmin does
        Collection<NewTopic> declared = ReflectionTestUtils.invokeMethod(
                new KafkaTopicsConfiguration().incidentServiceTopics(topics), "getNewTopics");

        assertThat(declared)
                .extracting(NewTopic::name)
                .containsExactly("incidents", "requests", "priority", "deliveries.DLT", "replies.DLT");
        assertThat(declared).allSatisfy(topic -> {
            assertThat(topic.numPartitions()).as(topic.name()).isEqualTo(16);
            assertThat(topic.replicationFactor()).as(topic.name()).isEqualTo((short) 3);
        });
    }
}
