package io.muster.gateway.spool;

import static io.muster.gateway.NotificationRequestFixture.openRequestTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.muster.gateway.GatewayIntegrationTest;
import io.muster.gateway.NotificationRequestFixture;
import io.muster.testkit.Outage;
import io.muster.testkit.TestServers;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * While the gateway's own database is away, signed webhooks are accepted into the spool and answered as the
 * provider expects; once it is back they are processed as if they had just arrived, each exactly once, even
 * when the provider delivered them again during and after the outage.
 */
class SpoolIntegrationTests extends GatewayIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final String EMPTY_TWIML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>";
    static final String KEY_KEPT_TWIML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response>"
            + "<Say language=\"en-US\">Thank you. Your answer has been recorded. Goodbye.</Say><Hangup/></Response>";

    @BeforeEach
    void embeddedServersOnly() {
        assumeTrue(TestServers.shared().outagesPossible(), "outages need the embedded servers");
    }

    @Test
    void repliesAndStatusCallbacksReceivedWhileTheDatabaseIsDownAreAnsweredThenRecordedOncePublishedWhenItIsBack() {
        var answering = openRequestTo(newPhoneNumber(), "61").publishedAndIndexed(kafka, openRequests);
        var delivered = openRequestTo(newPhoneNumber(), "62").publishedAndIndexed(kafka, openRequests);
        String replySid = newMessageSid();
        String statusSid = newMessageSid();

        try (var replies = probe("muster.reply.v1");
                var deliveries = probe("muster.delivery.v1")) {
            try (Outage outage = TestServers.shared().postgresOutage()) {
                for (int delivery = 1; delivery <= 2; delivery++) { // the provider's retry during the outage
                    reply(answering, replySid)
                            .expectStatus()
                            .isOk()
                            .expectBody(String.class)
                            .isEqualTo(EMPTY_TWIML);
                    status(delivered, statusSid).expectStatus().isNoContent();
                }
                JsonNode health = JSON.readTree(client.get()
                        .uri("/actuator/health")
                        .exchange()
                        .expectStatus()
                        .isOk()
                        .expectBody()
                        .returnResult()
                        .getResponseBody());
                assertThat(health.get("status").asString()).isEqualTo("DEGRADED");
                assertThat(health.at("/components/spool/status").asString()).isEqualTo("DEGRADED");
                assertThat(health.at("/components/r2dbc/status").asString()).isEqualTo("DOWN");
            }
            // and once more after it: the provider's last retry
            reply(answering, replySid).expectStatus().isOk();
            status(delivered, statusSid).expectStatus().isNoContent();

            var reply = replies.awaitRecord(r -> r.value().contains(replySid), PUBLISHED);
            assertThat(JSON.readTree(reply.value()).get("answer").asString()).isEqualTo("SAFE");
            var status = deliveries.awaitRecord(r -> r.value().contains(statusSid), PUBLISHED);
            assertThat(JSON.readTree(status.value()).get("type").asString()).isEqualTo("NotificationDelivered");
            assertThat(replies.recordsWithin(r -> r.value().contains(replySid), QUIET))
                    .hasSize(1);
            assertThat(deliveries.recordsWithin(r -> r.value().contains(statusSid), Duration.ZERO))
                    .hasSize(1);
        }
        assertThat(loggedOutcomes(replySid)).containsExactly("true CORRELATED");
        assertThat(loggedOutcomes(statusSid)).singleElement().asString().endsWith(" DELIVERED");
        await().atMost(PUBLISHED).untilAsserted(() -> assertThat(JSON.readTree(client.get()
                                .uri("/actuator/health")
                                .exchange()
                                .expectBody()
                                .returnResult()
                                .getResponseBody())
                        .get("status")
                        .asString())
                .isEqualTo("UP"));
    }

    @Test
    void aKeyPressedWhileTheDatabaseIsDownIsThankedThenRecordedOnceWhenItIsBack() {
        var called = openRequestTo(newPhoneNumber(), "64").publishedAndIndexed(kafka, openRequests);
        String token = tokenFor(called);
        String callSid = "CA" + UUID.randomUUID().toString().replace("-", "");

        try (var replies = probe("muster.reply.v1")) {
            try (Outage outage = TestServers.shared().postgresOutage()) {
                // the question itself needs the request from the database: the provider is refused and
                // reads its own error message to the caller (docs/delivery-guarantees.md)
                postSigned("/webhooks/twilio/voice/twiml?token=" + token, Map.of("CallSid", callSid), TOKEN)
                        .expectStatus()
                        .isEqualTo(503);
                for (int delivery = 1; delivery <= 2; delivery++) { // the provider's retry during the outage
                    gather(token, callSid, "1")
                            .expectStatus()
                            .isOk()
                            .expectBody(String.class)
                            .isEqualTo(KEY_KEPT_TWIML);
                }
            }
            gather(token, callSid, "1").expectStatus().isOk(); // and once more after it

            var reply = replies.awaitRecord(r -> r.value().contains(callSid), PUBLISHED);
            JsonNode event = JSON.readTree(reply.value());
            assertThat(event.get("answer").asString()).isEqualTo("SAFE");
            assertThat(event.get("channel").asString()).isEqualTo("VOICE");
            assertThat(replies.recordsWithin(r -> r.value().contains(callSid), QUIET))
                    .hasSize(1);
        }
        assertThat(loggedOutcomes(callSid)).containsExactly("true CORRELATED");
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec gather(
            String token, String callSid, String digits) {
        return postSigned(
                "/webhooks/twilio/voice/gather?token=" + token + "&prompt=1",
                Map.of(
                        "CallSid",
                        callSid,
                        "Digits",
                        digits,
                        "AccountSid",
                        "AC00000000000000000000000000000000",
                        "CallStatus",
                        "in-progress"),
                TOKEN);
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec reply(
            NotificationRequestFixture request, String messageSid) {
        return postSigned(
                "/webhooks/twilio/sms/inbound",
                Map.of(
                        "From", request.phone(),
                        "To", "+15550009999",
                        "Body", "1",
                        "MessageSid", messageSid,
                        "AccountSid", "AC00000000000000000000000000000000",
                        "NumMedia", "0"),
                TOKEN);
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec status(
            NotificationRequestFixture request, String messageSid) {
        return postSigned(
                "/webhooks/twilio/sms/status?notificationId=" + request.notificationId() + "&channel=SMS",
                Map.of("MessageSid", messageSid, "MessageStatus", "delivered", "AccountSid", "AC1"),
                TOKEN);
    }
}
