package io.muster.gateway.outbox;

import static io.muster.gateway.NotificationRequestFixture.openRequestTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.muster.gateway.GatewayIntegrationTest;
import io.muster.testkit.Outage;
import io.muster.testkit.TestServers;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the provider sends is stored before it is answered and reaches Kafka through the outbox: a
 * broker outage delays the events, it no longer turns the webhooks away (the provider retries a
 * webhook only once or twice). With the gateway's own database away they are spooled on the instance's
 * disk instead (spool.SpoolIntegrationTests).
 */
class AcceptStoreThenPublishIntegrationTests extends GatewayIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration OUTAGE = Duration.ofSeconds(5);

    @BeforeEach
    void embeddedServersOnly() {
        assumeTrue(TestServers.shared().outagesPossible(), "outages need the embedded servers");
    }

    @Test
    void statusCallbacksAndRepliesReceivedWhileTheBrokerIsDownAreAcceptedAndPublishedOnceItIsBack() {
        var delivered = openRequestTo(newPhoneNumber(), "47").publishedAndIndexed(kafka, openRequests);
        var answering = openRequestTo(newPhoneNumber(), "48").publishedAndIndexed(kafka, openRequests);
        String statusSid = newMessageSid();
        String replySid = newMessageSid();

        try (var deliveries = probe("muster.delivery.v1");
                var replies = probe("muster.reply.v1")) {
            try (Outage outage = TestServers.shared().kafkaOutage()) {
                postSigned(
                                "/webhooks/twilio/sms/status?notificationId=" + delivered.notificationId()
                                        + "&channel=SMS",
                                Map.of("MessageSid", statusSid, "MessageStatus", "delivered", "AccountSid", "AC1"),
                                TOKEN)
                        .expectStatus()
                        .isNoContent();
                postSigned(
                                "/webhooks/twilio/sms/inbound",
                                Map.of(
                                        "From", answering.phone(),
                                        "To", "+15550009999",
                                        "Body", "1",
                                        "MessageSid", replySid,
                                        "AccountSid", "AC00000000000000000000000000000000",
                                        "NumMedia", "0"),
                                TOKEN)
                        .expectStatus()
                        .isOk();
                assertThat(deliveries.recordsWithin(r -> r.value().contains(statusSid), OUTAGE))
                        .isEmpty();
            }

            var status = deliveries.awaitRecord(r -> r.value().contains(statusSid), PUBLISHED);
            assertThat(JSON.readTree(status.value()).get("type").asString()).isEqualTo("NotificationDelivered");
            var reply = replies.awaitRecord(r -> r.value().contains(replySid), PUBLISHED);
            assertThat(JSON.readTree(reply.value()).get("answer").asString()).isEqualTo("SAFE");
            assertThat(deliveries.recordsWithin(r -> r.value().contains(statusSid), QUIET))
                    .hasSize(1);
            assertThat(replies.recordsWithin(r -> r.value().contains(replySid), Duration.ZERO))
                    .hasSize(1);
        }
    }
}
