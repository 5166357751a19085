package io.muster.notifier;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.notifier.kafka.TopicsProperties;
import io.muster.testkit.TestServers;
import io.muster.testkit.TopicProbe;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class DeadLetterIntegrationTests extends NotifierIntegrationTest {

    @Test
    void undecodableRecordGoesToTheDeadLetterTopicWithTheReasonAndTheNextRecordIsStillDelivered() {
        String topic = topics.notificationRequests();
        ObjectNode good = request("NORMAL", "SMS", freshPhoneNumber());
        String key = good.get("personId").asString();

        try (TopicProbe deadLetters = TopicProbe.on(bootstrap(), TopicsProperties.deadLetterOf(topic))) {
            publish(topic, key, "{not json");
            publish(topic, good);

            ConsumerRecord<String, String> dead = deadLetters.awaitRecord(r -> key.equals(r.key()), PATIENCE);
            assertThat(dead.value()).isEqualTo("{not json");
            assertThat(header(dead, "kafka_dlt-exception-message")).contains("Undecodable NotificationRequested");
            assertThat(header(dead, "kafka_dlt-original-topic")).isEqualTo(topic);
        }
        assertThat(awaitOutcome(good, "NotificationSent", "SMS").get("attempt").asInt())
                .isEqualTo(1);
    }

    @Test
    void invalidLifeSafetyRequestGoesToThePriorityDeadLetterTopicAtOnce() {
        String topic = topics.priorityNotificationRequests();
        ObjectNode invalid = request("LIFE_SAFETY");
        String key = invalid.get("personId").asString();

        try (TopicProbe deadLetters = TopicProbe.on(bootstrap(), TopicsProperties.deadLetterOf(topic))) {
            publish(topic, invalid);

            ConsumerRecord<String, String> dead = deadLetters.awaitRecord(r -> key.equals(r.key()), PATIENCE);
            assertThat(header(dead, "kafka_dlt-exception-message")).contains("channels");
            assertThat(deadLetters.recordsWithin(r -> key.equals(r.key()), java.time.Duration.ofSeconds(1)))
                    .hasSize(1);
        }
    }

    private static String bootstrap() {
        return TestServers.shared().kafkaBootstrapServers();
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        assertThat(header).as("header " + name).isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
