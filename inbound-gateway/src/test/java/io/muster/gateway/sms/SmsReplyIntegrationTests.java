package io.muster.gateway.sms;

import static io.muster.gateway.NotificationRequestFixture.openRequestTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.muster.contracts.ContractSamples;
import io.muster.gateway.GatewayIntegrationTest;
import io.muster.gateway.NotificationRequestFixture;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
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
        var first = openRequestTo(newPhoneNumber(), "47").publishedAndIndexed(kafka, openRequests);
        var second = first.anotherIncident("48").publishedAndIndexed(kafka, openRequests);
        String sid = newMessageSid();

        reply(first.phone(), "1", sid)
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .value(twiml -> assertThat(twiml)
                        .contains("You have 2 open alerts. Reply 1 48 for \"Flood at Harbour House\", 1 47 for"));

        try (var probe = probe(REPLIES)) {
            assertThat(probe.recordsWithin(about(first).or(about(second)), QUIET))
                    .isEmpty();
        }
        assertThat(loggedOutcomes(sid)).containsExactly("false AMBIGUOUS");
    }

    @Test
    void anAnswerWithTheReplyCodeGoesToThePersonsIncidentWithThatCode() {
        var other = openRequestTo(newPhoneNumber(), "47").publishedAndIndexed(kafka, openRequests);
        var named = other.anotherIncident("48").publishedAndIndexed(kafka, openRequests);

        reply(named.phone(), " 1  48 ", newMessageSid()).expectStatus().isOk();

        try (var probe = probe(REPLIES)) {
            var event = JSON.readTree(probe.awaitRecord(about(named), PUBLISHED).value());
            assertThat(event.get("incidentId").asString())
                    .isEqualTo(named.incidentId().toString());
            assertThat(event.get("personId").asString())
                    .isEqualTo(named.personId().toString());
            assertThat(probe.recordsWithin(about(other), QUIET)).isEmpty();
        }
    }

    @Test
    void flagsABareAnswerFromANumberSharedBySeveralPeopleAndPublishesNothing() {
        String phone = newPhoneNumber();
        var ada = openRequestTo(phone, "47").publishedAndIndexed(kafka, openRequests);
        var bob = openRequestTo(phone, "51").publishedAndIndexed(kafka, openRequests);
        String sid = newMessageSid();

        reply(phone, "SAFE", sid).expectStatus().isOk().expectBody(String.class).value(twiml -> assertThat(twiml)
                .contains("Several people receive alerts at this number"));

        try (var probe = probe(REPLIES)) {
            assertThat(probe.recordsWithin(about(ada).or(about(bob)), QUIET)).isEmpty();
        }
        assertThat(loggedOutcomes(sid)).containsExactly("false SHARED_NUMBER");
    }

    @Test
    void takesAnAnswerFromASharedNumberWhoseCodeNamesExactlyOneOpenRequest() {
        String phone = newPhoneNumber();
        var ada = openRequestTo(phone, "47").publishedAndIndexed(kafka, openRequests);
        var bob = openRequestTo(phone, "51").publishedAndIndexed(kafka, openRequests);

        reply(phone, "2 51", newMessageSid()).expectStatus().isOk();

        try (var probe = probe(REPLIES)) {
            var event = JSON.readTree(probe.awaitRecord(about(bob), PUBLISHED).value());
            assertThat(event.get("personId").asString())
                    .isEqualTo(bob.personId().toString());
            assertThat(event.get("answer").asString()).isEqualTo("NEEDS_HELP");
            assertThat(probe.recordsWithin(about(ada), QUIET)).isEmpty();
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
    void answersAnUnknownNumberNeutrallyAndHandsTheReplyToOperatorsOnceItsHoldEnds() {
        String sid = newMessageSid();

        reply(newPhoneNumber(), "1", sid)
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .value(twiml -> assertThat(twiml).contains("Thank you. We have received your reply."));

        assertThat(loggedOutcomes(sid)).containsExactly("null HELD");
        await().atMost(PUBLISHED).until(() -> loggedOutcomes(sid).equals(List.of("false UNMATCHED")));
    }

    @Test
    void publishesAnAnswerNamingAnExpiredRequestByItsCodeAsLate() {
        var request = openRequestTo(newPhoneNumber(), "47").expired().publishedAndIndexed(kafka, openRequests);
        String sid = newMessageSid();

        reply(request.phone(), "1 47", sid)
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .value(twiml -> assertThat(twiml).contains("Recorded: SAFE for Fire alarm at Riverside (after"));

        try (var probe = probe(REPLIES)) {
            var event =
                    JSON.readTree(probe.awaitRecord(about(request), PUBLISHED).value());
            assertThat(event.get("late").asBoolean()).isTrue();
        }
        assertThat(loggedOutcomes(sid)).containsExactly("true CORRELATED");
    }

    @Test
    void publishesAnAnswerInTimeAsNotLate() {
        var request = openRequestTo(newPhoneNumber(), "47").publishedAndIndexed(kafka, openRequests);

        reply(request.phone(), "yes", newMessageSid()).expectStatus().isOk();

        try (var probe = probe(REPLIES)) {
            var event =
                    JSON.readTree(probe.awaitRecord(about(request), PUBLISHED).value());
            assertThat(event.get("late").asBoolean()).isFalse();
            assertThat(event.get("answer").asString()).isEqualTo("SAFE");
        }
    }

    @Test
    void readsAFrenchAnswerWithTheCode() {
        var request = openRequestTo(newPhoneNumber(), "47").inLocale("fr").publishedAndIndexed(kafka, openRequests);

        reply(request.phone(), "J'ai besoin d'aide 47", newMessageSid())
                .expectStatus()
                .isOk();

        try (var probe = probe(REPLIES)) {
            var event =
                    JSON.readTree(probe.awaitRecord(about(request), PUBLISHED).value());
            assertThat(event.get("answer").asString()).isEqualTo("NEEDS_HELP");
        }
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

    static java.util.function.Predicate<ConsumerRecord<String, String>> about(NotificationRequestFixture request) {
        return record -> record.value().contains(request.notificationId().toString());
    }

    private static Set<String> fieldNames(JsonNode node) {
        return new HashSet<>(node.propertyNames());
    }
}
