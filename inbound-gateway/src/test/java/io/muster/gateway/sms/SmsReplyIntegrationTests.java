package io.muster.gateway.sms;

import static io.muster.gateway.NotificationRequestFixture.openRequestTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.muster.contracts.ContractSamples;
import io.muster.gateway.GatewayIntegrationTest;
import io.muster.gateway.NotificationRequestFixture;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SmsReplyIntegrationTests extends GatewayIntegrationTest {

    private static final String INBOUND = "/webhooks/twilio/sms/inbound";
    private static final String REPLIES = "muster.reply.v1";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void publishesReplyReceivedForABareAnswerFromTheSoleOpenRequestAndThanksTheSender() {
        var request = openRequestTo(newPhoneNumber(), "47").publishedAndIndexed(kafka, openRequests);
        String sid = newMessageSid();

        reply(request.phone(), "1", sid)
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .value(twiml -> assertThat(twiml)
                        .contains(
                                "<Response><Message>Thank you. Recorded: SAFE for Fire alarm at Riverside.</Message>"));

        try (var probe = probe(REPLIES)) {
            ConsumerRecord<String, String> record = probe.awaitRecord(about(request), PUBLISHED);
            JsonNode event = JSON.readTree(record.value());
            assertThat(record.key()).isEqualTo(request.incidentId().toString());
            assertThat(event.get("personId").asString())
                    .isEqualTo(request.personId().toString());
            assertThat(event.get("incidentId").asString())
                    .isEqualTo(request.incidentId().toString());
            assertThat(event.get("answer").asString()).isEqualTo("SAFE");
            assertThat(event.get("rawAnswer").asString()).isEqualTo("1");
            assertThat(event.get("providerReference").asString()).isEqualTo(sid);
            assertThat(event.get("eventId").asString())
                    .isEqualTo(UUID.nameUUIDFromBytes(("sms:" + sid).getBytes(StandardCharsets.UTF_8))
                            .toString());
            assertThat(fieldNames(event))
                    .isEqualTo(fieldNames(JSON.readTree(ContractSamples.json("ReplyReceived", 1))));
        }
    }

    @Test
    void acceptsAWebhookSignedWithTheOtherTokenOfARotation() {
        var request = openRequestTo(newPhoneNumber(), "47").publishedAndIndexed(kafka, openRequests);

        postSigned(INBOUND, params(request.phone(), "SAFE", newMessageSid()), OLD_TOKEN)
                .expectStatus()
                .isOk();

        try (var probe = probe(REPLIES)) {
            probe.awaitRecord(about(request), PUBLISHED);
        }
    }

    @Test
    void answersAReplayedWebhookTheSameWayAndPublishesOnlyOnce() {
        var request = openRequestTo(newPhoneNumber(), "47").publishedAndIndexed(kafka, openRequests);
        String sid = newMessageSid();

        String first = reply(request.phone(), "1", sid)
                .expectStatus()
                .isOk()
                .returnResult(String.class)
                .getResponseBody()
                .blockFirst();
        String again = reply(request.phone(), "1", sid)
                .expectStatus()
                .isOk()
                .returnResult(String.class)
                .getResponseBody()
                .blockFirst();

        assertThat(again).isEqualTo(first).contains("Thank you.");
        try (var probe = probe(REPLIES)) {
            probe.awaitRecord(about(request), PUBLISHED);
            assertThat(probe.recordsWithin(about(request), QUIET)).hasSize(1);
        }
        assertThat(loggedOutcomes(sid)).containsExactly("true CORRELATED");
    }

    @Test
    void handlesAgainAReplayOfAWebhookThatWasLoggedButNeverAnswered() {
        var request = openRequestTo(newPhoneNumber(), "47").publishedAndIndexed(kafka, openRequests);
        String sid = newMessageSid();
        logUnansweredWebhook("SMS_REPLY", sid);

        reply(request.phone(), "1", sid).expectStatus().isOk();

        try (var probe = probe(REPLIES)) {
            probe.awaitRecord(about(request), PUBLISHED);
        }
        assertThat(loggedOutcomes(sid)).containsExactly("true CORRELATED");
    }

    @Test
    void asksForTheCodeWhenABareAnswerCouldMeanSeveralOpenAlertsAndPublishesNothing() {
        String phone = newPhoneNumber();
        var first = openRequestTo(phone, "47").publishedAndIndexed(kafka, openRequests);
        var second = openRequestTo(phone, "48").publishedAndIndexed(kafka, openRequests);

        reply(phone, "1", newMessageSid())
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .value(twiml -> assertThat(twiml)
                        .contains("You have 2 open alerts. Reply with your answer and the code, e.g. 1 4"));

        try (var probe = probe(REPLIES)) {
            assertThat(probe.recordsWithin(about(first).or(about(second)), QUIET))
                    .isEmpty();
        }
    }

    @Test
    void anAnswerWithTheReplyCodeGoesToTheAlertWithThatCode() {
        String phone = newPhoneNumber();
        var other = openRequestTo(phone, "47").publishedAndIndexed(kafka, openRequests);
        var named = openRequestTo(phone, "48").publishedAndIndexed(kafka, openRequests);

        reply(phone, " 1  48 ", newMessageSid()).expectStatus().isOk();

        try (var probe = probe(REPLIES)) {
            probe.awaitRecord(about(named), PUBLISHED);
            assertThat(probe.recordsWithin(about(other), QUIET)).isEmpty();
        }
    }

    @Test
    void aKeywordWithTheReplyCodeRecordsNeedsHelp() {
        var request = openRequestTo(newPhoneNumber(), "47").publishedAndIndexed(kafka, openRequests);

        reply(request.phone(), "help 47", newMessageSid())
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .value(twiml -> assertThat(twiml).contains("Recorded: NEEDS_HELP"));

        try (var probe = probe(REPLIES)) {
            var event =
                    JSON.readTree(probe.awaitRecord(about(request), PUBLISHED).value());
            assertThat(event.get("answer").asString()).isEqualTo("NEEDS_HELP");
            assertThat(event.get("rawAnswer").asString()).isEqualTo("help 47");
        }
    }

    @Test
    void marksTheThankYouOfAnExerciseAsAnExercise() {
        var request = openRequestTo(newPhoneNumber(), "47").asExercise().publishedAndIndexed(kafka, openRequests);

        reply(request.phone(), "I'm safe", newMessageSid())
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .value(twiml -> assertThat(twiml).contains("[EXERCISE] Thank you. Recorded: SAFE"));

        try (var probe = probe(REPLIES)) {
            assertThat(JSON.readTree(
                                    probe.awaitRecord(about(request), PUBLISHED).value())
                            .get("exercise")
                            .asBoolean())
                    .isTrue();
        }
    }

    @Test
    void answersAnUnknownNumberPolitelyAndLogsTheReplyAsUncorrelated() {
        String sid = newMessageSid();

        reply(newPhoneNumber(), "1", sid)
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .value(twiml -> assertThat(twiml).contains("We could not match this reply to an open alert."));

        assertThat(loggedOutcomes(sid)).containsExactly("false UNMATCHED");
    }

    @Test
    void doesNotMatchAReplyToAnExpiredRequest() {
        var request = openRequestTo(newPhoneNumber(), "47").expired().publishedAndIndexed(kafka, openRequests);
        String sid = newMessageSid();

        reply(request.phone(), "1 47", sid)
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .value(twiml -> assertThat(twiml).contains("We could not match this reply to an open alert."));

        assertThat(loggedOutcomes(sid)).containsExactly("false UNMATCHED");
    }

    @Test
    void repliesWithTheOptionsWhenTheAnswerIsNotUnderstood() {
        var request = openRequestTo(newPhoneNumber(), "47").publishedAndIndexed(kafka, openRequests);

        reply(request.phone(), "what is going on?", newMessageSid())
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .value(twiml -> assertThat(twiml).contains("Reply 1 for I am safe, 2 for I need help."));

        try (var probe = probe(REPLIES)) {
            assertThat(probe.recordsWithin(about(request), QUIET)).isEmpty();
        }
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec reply(
            String from, String body, String sid) {
        return postSigned(INBOUND, params(from, body, sid), TOKEN);
    }

    static Map<String, String> params(String from, String body, String sid) {
        return Map.of(
                "MessageSid",
                sid,
                "AccountSid",
                "AC00000000000000000000000000000000",
                "From",
                from,
                "To",
                "+15550009999",
                "Body",
                body,
                "NumMedia",
                "0");
    }

    private static java.util.function.Predicate<ConsumerRecord<String, String>> about(
            NotificationRequestFixture request) {
        return record -> record.value().contains(request.notificationId().toString());
    }

    private static Set<String> fieldNames(JsonNode node) {
        return new HashSet<>(node.propertyNames());
    }
}
