package io.muster.gateway.correlation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.muster.gateway.GatewayIntegrationTest;
import io.muster.gateway.NotificationRequestFixture;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class CorrelationIndexIntegrationTests extends GatewayIntegrationTest {

    private static final String REQUESTS = "muster.notification-request.v1";

    @Test
    void indexesANotificationRequestFromTheNormalLane() {
        var request = NotificationRequestFixture.openRequestTo(newPhoneNumber(), "31");

        kafka.send(REQUESTS, request.personId().toString(), request.json()).join();

        await().atMost(Duration.ofSeconds(30)).until(() -> openRequests
                .byNotificationId(request.notificationId())
                .blockOptional()
                .isPresent());
        OpenRequest indexed =
                openRequests.byNotificationId(request.notificationId()).block();
        assertThat(indexed.phone()).isEqualTo(request.phone());
        assertThat(indexed.email()).isEqualTo("ada.lovelace@demo.muster.local");
        assertThat(indexed.replyCode()).isEqualTo("31");
        assertThat(indexed.personId()).isEqualTo(request.personId());
        assertThat(indexed.replyOptions()).extracting(ReplyOption::answer).containsExactly("SAFE", "NEEDS_HELP");
    }

    @Test
    void sendsAnUndecodableNotificationRequestToTheDeadLetterTopicWithTheReason() {
        String key = UUID.randomUUID().toString();

        kafka.send(REQUESTS, key, "{ this is not json").join();

        try (var probe = probe(REQUESTS + ".DLT")) {
            ConsumerRecord<String, String> dead = probe.awaitRecord(r -> key.equals(r.key()), Duration.ofSeconds(30));
            assertThat(header(dead, "kafka_dlt-exception-message")).contains("Undecodable NotificationRequested");
            assertThat(header(dead, "kafka_dlt-original-topic")).isEqualTo(REQUESTS);
        }
    }

    @Test
    void sendsANotificationRequestWithoutIdentifiersToTheDeadLetterTopic() {
        String key = UUID.randomUUID().toString();

        kafka.send(REQUESTS, key, "{\"type\":\"NotificationRequested\",\"version\":1}")
                .join();

        try (var probe = probe(REQUESTS + ".DLT")) {
            ConsumerRecord<String, String> dead = probe.awaitRecord(r -> key.equals(r.key()), Duration.ofSeconds(30));
            assertThat(header(dead, "kafka_dlt-exception-message")).contains("lacks notificationId");
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
