package io.muster.notifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.muster.contracts.ContractSamples;
import io.muster.notifier.kafka.TopicsProperties;
import io.muster.testkit.Outage;
import io.muster.testkit.TestServers;
import io.muster.testkit.TopicProbe;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A PostgreSQL outage longer than any retry budget: both lanes and the receipts wait it out, nothing
 * is lost or sent twice. Connections are refused within 2 s here (production: 5 s), so the outage
 * outlasts many tries.
 */
@TestPropertySource(properties = "spring.datasource.hikari.connection-timeout=2000")
class OutageIntegrationTests extends NotifierIntegrationTest {

    private static final Duration OUTAGE = Duration.ofSeconds(20);

    @BeforeEach
    void embeddedServersOnly() {
        assumeTrue(TestServers.shared().outagesPossible(), "outages need the embedded servers");
    }

    @Test
    void requestsOfBothLanesAndAFailureReceiptConsumedDuringADatabaseOutageAreDeliveredOnceAfterIt() {
        String smsThenEmail = freshPhoneNumber();
        String email = freshEmail();
        ObjectNode receipted = request("NORMAL", "SMS", smsThenEmail, "EMAIL", email);
        publish(topics.notificationRequests(), receipted);
        JsonNode sent = awaitOutcome(receipted, "NotificationSent", "SMS");
        String normalPhone = freshPhoneNumber();
        String priorityPhone = freshPhoneNumber();
        ObjectNode normal = request("NORMAL", "SMS", normalPhone);
        ObjectNode lifeSafety = request("LIFE_SAFETY", "SMS", priorityPhone);

        try (TopicProbe deadLetters = TopicProbe.on(
                TestServers.shared().kafkaBootstrapServers(),
                TopicsProperties.deadLetterOf(topics.notificationRequests()),
                TopicsProperties.deadLetterOf(topics.priorityNotificationRequests()),
                TopicsProperties.deadLetterOf(topics.deliveries()))) {
            try (Outage outage = TestServers.shared().postgresOutage()) {
                publish(topics.notificationRequests(), normal);
                publish(topics.priorityNotificationRequests(), lifeSafety);
                publish(topics.deliveries(), receipted.get("notificationId").asString(), undelivered(receipted, sent));
                waitOut(OUTAGE);
            }

            awaitOutcome(normal, "NotificationSent", "SMS");
            awaitOutcome(lifeSafety, "NotificationSent", "SMS");
            awaitMailTo(email);
            List<String> ids = List.of(id(normal), id(lifeSafety), id(receipted));
            assertThat(deadLetters.recordsWithin(
                            record -> ids.stream().anyMatch(record.value()::contains), Duration.ofSeconds(2)))
                    .isEmpty();
        }
        assertThat(simulator.inbox(normalPhone)).hasSize(1);
        assertThat(simulator.inbox(priorityPhone)).hasSize(1);
        assertThat(simulator.inbox(smsThenEmail)).hasSize(1);
        await().atMost(PATIENCE).until(() -> mailTo(email).size() == 1);
    }

    /** The NotificationFailed the gateway publishes for an undelivered SMS. */
    private String undelivered(ObjectNode request, JsonNode sent) {
        ObjectNode receipt = (ObjectNode) json.readTree(ContractSamples.json("NotificationFailed", 1));
        receipt.put("eventId", UUID.randomUUID().toString());
        receipt.put("notificationId", id(request));
        receipt.put("incidentId", request.get("incidentId").asString());
        receipt.put("personId", request.get("personId").asString());
        receipt.put("channel", "SMS");
        receipt.put("attempt", sent.get("attempt").asInt());
        receipt.put("providerReference", sent.get("providerReference").asString());
        return json.writeValueAsString(receipt);
    }

    private static String id(ObjectNode request) {
        return request.get("notificationId").asString();
    }

    private static void waitOut(Duration outage) {
        long until = System.nanoTime() + outage.toNanos();
        Awaitility.await().atMost(outage.plusSeconds(1)).until(() -> System.nanoTime() >= until);
    }
}
