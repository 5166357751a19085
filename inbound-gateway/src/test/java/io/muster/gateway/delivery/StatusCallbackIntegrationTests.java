package io.muster.gateway.delivery;

import static io.muster.gateway.NotificationRequestFixture.openRequestTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.muster.gateway.GatewayIntegrationTest;
import io.muster.gateway.NotificationRequestFixture;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class StatusCallbackIntegrationTests extends GatewayIntegrationTest {

    private static final String DELIVERIES = "muster.delivery.v1";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void publishesNotificationDeliveredWhenTwilioReportsTheMessageDelivered() {
        var request = openRequestTo(newPhoneNumber(), "47").publishedAndIndexed(kafka, openRequests);
        String sid = newMessageSid();

        status(request.notificationId(), sid, "delivered", null).expectStatus().isNoContent();

        try (var probe = probe(DELIVERIES)) {
            ConsumerRecord<String, String> record = probe.awaitRecord(about(request), PUBLISHED);
            JsonNode event = JSON.readTree(record.value());
            assertThat(record.key()).isEqualTo(request.notificationId().toString());
            assertThat(event.get("type").asString()).isEqualTo("NotificationDelivered");
            assertThat(event.get("personId").asString())
                    .isEqualTo(request.personId().toString());
            assertThat(event.get("incidentId").asString())
                    .isEqualTo(request.incidentId().toString());
            assertThat(event.get("providerReference").asString()).isEqualTo(sid);
            assertThat(event.get("provider").asString()).isEqualTo("twilio-sms");
            assertThat(event.get("eventId").asString())
                    .isEqualTo(UUID.nameUUIDFromBytes(("status:" + sid + ":delivered").getBytes(StandardCharsets.UTF_8))
                            .toString());
        }
    }

    @Test
    void publishesAPermanentNotificationFailedWhenTwilioReportsTheMessageUndelivered() {
        var request = openRequestTo(newPhoneNumber(), "47").publishedAndIndexed(kafka, openRequests);

        status(request.notificationId(), newMessageSid(), "undelivered", "30003")
                .expectStatus()
                .isNoContent();

        try (var probe = probe(DELIVERIES)) {
            JsonNode event =
                    JSON.readTree(probe.awaitRecord(about(request), PUBLISHED).value());
            assertThat(event.get("type").asString()).isEqualTo("NotificationFailed");
            assertThat(event.get("reason").asString()).isEqualTo("undelivered (30003)");
            assertThat(event.get("permanent").asBoolean()).isTrue();
            assertThat(event.get("attempt").asInt()).isEqualTo(1);
        }
    }

    @Test
    void publishesAReplayedStatusCallbackOnlyOnce() {
        var request = openRequestTo(newPhoneNumber(), "47").publishedAndIndexed(kafka, openRequests);
        String sid = newMessageSid();

        status(request.notificationId(), sid, "delivered", null).expectStatus().isNoContent();
        status(request.notificationId(), sid, "delivered", null).expectStatus().isNoContent();

        try (var probe = probe(DELIVERIES)) {
            probe.awaitRecord(about(request), PUBLISHED);
            assertThat(probe.recordsWithin(about(request), QUIET)).hasSize(1);
        }
    }

    @Test
    void acknowledgesIntermediateStatusesWithoutPublishing() {
        var request = openRequestTo(newPhoneNumber(), "47").publishedAndIndexed(kafka, openRequests);
        String sid = newMessageSid();

        status(request.notificationId(), sid, "queued", null).expectStatus().isNoContent();
        status(request.notificationId(), sid, "sent", null).expectStatus().isNoContent();

        try (var probe = probe(DELIVERIES)) {
            assertThat(probe.recordsWithin(about(request), QUIET)).isEmpty();
        }
        assertThat(loggedOutcomes(sid)).containsExactly("true NOT_FINAL", "true NOT_FINAL");
    }

    @Test
    void logsAStatusForAnUnknownNotificationAsUncorrelatedAndAcknowledgesIt() {
        UUID unknown = UUID.randomUUID();
        String sid = newMessageSid();

        status(unknown, sid, "delivered", null).expectStatus().isNoContent();

        assertThat(loggedOutcomes(sid)).containsExactly("false UNKNOWN_NOTIFICATION");
        try (var probe = probe(DELIVERIES)) {
            assertThat(probe.recordsWithin(r -> r.value().contains(unknown.toString()), QUIET))
                    .isEmpty();
        }
    }

    @Test
    void publishesADeliveryThatOutranTheIndexFromTheContextTheCallbackUrlNames() {
        UUID notificationId = UUID.randomUUID();
        UUID incidentId = UUID.randomUUID();
        UUID personId = UUID.randomUUID();
        String sid = newMessageSid();

        postSigned(
                        "/webhooks/twilio/sms/status?notificationId=" + notificationId + "&channel=SMS&attempt=2"
                                + "&incidentId=" + incidentId + "&personId=" + personId + "&exercise=true",
                        form(sid, "delivered", null),
                        TOKEN)
                .expectStatus()
                .isNoContent();

        try (var probe = probe(DELIVERIES)) {
            JsonNode event = JSON.readTree(probe.awaitRecord(r -> r.key().equals(notificationId.toString()), PUBLISHED)
                    .value());
            assertThat(event.get("type").asString()).isEqualTo("NotificationDelivered");
            assertThat(event.get("incidentId").asString()).isEqualTo(incidentId.toString());
            assertThat(event.get("personId").asString()).isEqualTo(personId.toString());
            assertThat(event.get("exercise").asBoolean()).isTrue();
        }
    }

    @Test
    void rejectsAStatusCallbackWhoseNotificationIdIsNoUuid() {
        postSigned(
                        "/webhooks/twilio/sms/status?notificationId=not-a-uuid&channel=SMS",
                        form(newMessageSid(), "delivered", null),
                        TOKEN)
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType("application/problem+json")
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:bad-request");
    }

    private WebTestClient.ResponseSpec status(UUID notificationId, String sid, String status, String errorCode) {
        return postSigned(
                "/webhooks/twilio/sms/status?notificationId=" + notificationId + "&channel=SMS",
                form(sid, status, errorCode),
                TOKEN);
    }

    private static Map<String, String> form(String sid, String status, String errorCode) {
        Map<String, String> form = new HashMap<>(Map.of(
                "MessageSid",
                sid,
                "MessageStatus",
                status,
                "AccountSid",
                "AC00000000000000000000000000000000",
                "To",
                "+15550100001"));
        if (errorCode != null) {
            form.put("ErrorCode", errorCode);
        }
        return form;
    }

    private static Predicate<ConsumerRecord<String, String>> about(NotificationRequestFixture request) {
        return record -> record.value().contains(request.notificationId().toString());
    }
}
