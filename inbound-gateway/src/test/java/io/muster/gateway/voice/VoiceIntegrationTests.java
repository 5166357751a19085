package io.muster.gateway.voice;

import static io.muster.gateway.NotificationRequestFixture.openRequestTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.muster.gateway.AnswerTokenMinter;
import io.muster.gateway.GatewayIntegrationTest;
import io.muster.gateway.NotificationRequestFixture;
import io.muster.gateway.incident.Incidents;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class VoiceIntegrationTests extends GatewayIntegrationTest {

    private static final String REPLIES = "muster.reply.v1";
    private static final String DELIVERIES = "muster.delivery.v1";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern GATHER_ACTION = Pattern.compile("<Gather action=\"([^\"]+)\"");

    @Autowired
    private Incidents incidents;

    @Test
    void readsTheMessageInThePersonsLanguageAndOffersTheKeypadMenu() {
        var request = openRequestTo(newPhoneNumber(), "47").inLocale("fr").publishedAndIndexed(kafka, openRequests);
        String token = tokenFor(request);

        String twiml = twiml(token, call("human"));

        assertThat(twiml)
                .contains("<Gather action=\"/webhooks/twilio/voice/gather?token=" + token
                        + "&amp;prompt=1\" numDigits=\"1\">")
                .contains("<Say language=\"fr-FR\">Fire alarm at Riverside. Evacuate building A now.")
                .contains("Appuyez sur 1 si vous êtes en sécurité.")
                .contains("Appuyez sur 9")
                .contains("Au revoir.");
    }

    @Test
    void offersTheAlternateSiteOnTheKeypadWhenTheRequestDoesInEitherLanguage() {
        var french = openRequestTo(newPhoneNumber(), "47")
                .inLocale("fr")
                .publishedWithAlternateSiteAndIndexed(kafka, openRequests);
        var english = openRequestTo(newPhoneNumber(), "47").publishedWithAlternateSiteAndIndexed(kafka, openRequests);

        assertThat(twiml(tokenFor(french), call("human")))
                .contains("Appuyez sur 2 si vous avez besoin d'aide. Appuyez sur 3 si vous êtes sur le site de repli.");
        assertThat(twiml(tokenFor(english), call("human")))
                .contains("Press 2 if you need help. Press 3 if you are at the alternate site. Press 9");
    }

    @Test
    void aKeypadThreeIsPublishedAsTheAlternateSiteWhenOffered() {
        var request = openRequestTo(newPhoneNumber(), "47").publishedWithAlternateSiteAndIndexed(kafka, openRequests);

        assertThat(gather(tokenFor(request), newCallSid(), "3")).contains("Thank you. Your answer has been recorded.");

        try (var probe = probe(REPLIES)) {
            JsonNode event =
                    JSON.readTree(probe.awaitRecord(about(request), PUBLISHED).value());
            assertThat(event.get("answer").asString()).isEqualTo("AT_ALTERNATE_SITE");
            assertThat(event.get("rawAnswer").asString()).isEqualTo("3");
            assertThat(event.get("channel").asString()).isEqualTo("VOICE");
        }
    }

    @Test
    void aKeypadThreeIsNotAnAnswerWhenTheRequestDoesNotOfferIt() {
        var request = openRequestTo(newPhoneNumber(), "47").publishedAndIndexed(kafka, openRequests);

        assertThat(gather(tokenFor(request), newCallSid(), "3"))
                .contains("Press 1 if you are safe. Press 2 if you need help.")
                .doesNotContain("Press 3");
        try (var probe = probe(REPLIES)) {
            assertThat(probe.recordsWithin(about(request), QUIET)).isEmpty();
        }
    }

    @Test
    void readsAnExerciseAsAnExerciseInEnglishByDefault() {
        var request = openRequestTo(newPhoneNumber(), "47")
                .asExercise()
                .inLocale("de")
                .publishedAndIndexed(kafka, openRequests);

        assertThat(twiml(tokenFor(request), call("human")))
                .contains("<Say language=\"en-US\">This is an exercise. Fire alarm at Riverside.")
                .contains("Press 1 if you are safe. Press 2 if you need help. Press 9 to hear this message again.");
    }

    @Test
    void leavesTheMessageWithoutTheMenuOnAnAnsweringMachine() {
        var request = openRequestTo(newPhoneNumber(), "47").publishedAndIndexed(kafka, openRequests);

        String twiml = twiml(tokenFor(request), call("machine_end_beep"));

        assertThat(twiml)
                .contains("Fire alarm at Riverside")
                .contains("<Hangup/>")
                .doesNotContain("Gather");
    }

    @Test
    void apologisesForAForgedOrExpiredTokenAndPublishesNothing() {
        var request = openRequestTo(newPhoneNumber(), "47").publishedAndIndexed(kafka, openRequests);
        String expired =
                AnswerTokenMinter.mint(request.notificationId(), Instant.now().minusSeconds(5), SECRET);
        String forged = AnswerTokenMinter.mint(request.notificationId(), request.expiresAt(), "not-our-secret");

        for (String token : new String[] {expired, forged, "garbage"}) {
            assertThat(twiml(token, call("human"))).contains("Sorry").doesNotContain("Gather");
            assertThat(gather(token, newCallSid(), "1")).contains("Sorry");
        }
        try (var probe = probe(REPLIES)) {
            assertThat(probe.recordsWithin(about(request), QUIET)).isEmpty();
        }
    }

    @Test
    void publishesTheKeyPressedAsAVoiceReplyAndConfirmsItOnce() {
        var request = openRequestTo(newPhoneNumber(), "47").publishedAndIndexed(kafka, openRequests);
        String callSid = newCallSid();

        assertThat(gather(tokenFor(request), callSid, "2")).contains("Thank you. Your answer has been recorded.");
        assertThat(gather(tokenFor(request), callSid, "2")).contains("Thank you.");

        try (var probe = probe(REPLIES)) {
            ConsumerRecord<String, String> record = probe.awaitRecord(about(request), PUBLISHED);
            JsonNode event = JSON.readTree(record.value());
            assertThat(record.key()).isEqualTo(request.incidentId().toString());
            assertThat(event.get("channel").asString()).isEqualTo("VOICE");
            assertThat(event.get("answer").asString()).isEqualTo("NEEDS_HELP");
            assertThat(event.get("rawAnswer").asString()).isEqualTo("2");
            assertThat(event.get("personId").asString())
                    .isEqualTo(request.personId().toString());
            assertThat(event.get("providerReference").asString()).isEqualTo(callSid);
            assertThat(probe.recordsWithin(about(request), QUIET)).hasSize(1);
        }
    }

    @Test
    void aChangedAnswerOnTheSameCallCountsEachTimeItIsPressed() {
        var request = openRequestTo(newPhoneNumber(), "47").publishedAndIndexed(kafka, openRequests);
        String callSid = newCallSid();
        Map<String, String> call = new HashMap<>(call("human"));
        call.put("CallSid", callSid);

        String said = twiml(tokenFor(request), call);
        for (String digits : List.of("2", "1", "2")) {
            said = pressAt(gatherAction(said), callSid, digits);
            assertThat(said).contains("Thank you. Your answer has been recorded.");
        }
        assertThat(pressAt(gatherAction(said).replaceFirst("prompt=\\d+", "prompt=2"), callSid, "1"))
                .as("the provider retrying the second press: answered as before, nothing new")
                .contains("Thank you.");

        try (var probe = probe(REPLIES)) {
            probe.awaitRecord(about(request), PUBLISHED);
            assertThat(probe.recordsWithin(about(request), QUIET))
                    .extracting(record ->
                            JSON.readTree(record.value()).get("answer").asString())
                    .containsExactly("NEEDS_HELP", "SAFE", "NEEDS_HELP");
        }
    }

    @Test
    void aKeyPressedOnACallOfAClosedIncidentIsRecordedAsLate() {
        var request = openRequestTo(newPhoneNumber(), "47")
                .publishedAndIndexed(kafka, openRequests)
                .closed(kafka, incidents);

        gather(tokenFor(request), newCallSid(), "1");

        try (var probe = probe(REPLIES)) {
            JsonNode event =
                    JSON.readTree(probe.awaitRecord(about(request), PUBLISHED).value());
            assertThat(event.get("late").asBoolean()).isTrue();
        }
    }

    @Test
    void repeatsTheMessageOnNineAndTheMenuOnAnUnofferedKeyWithoutPublishing() {
        var request = openRequestTo(newPhoneNumber(), "47").publishedAndIndexed(kafka, openRequests);
        String callSid = newCallSid();

        assertThat(gather(tokenFor(request), callSid, "9"))
                .contains("Fire alarm at Riverside")
                .contains("<Gather");
        assertThat(gather(tokenFor(request), callSid, "7"))
                .doesNotContain("Fire alarm")
                .contains("Press 1");

        try (var probe = probe(REPLIES)) {
            assertThat(probe.recordsWithin(about(request), QUIET)).isEmpty();
        }
    }

    @Test
    void publishesAPermanentFailureWhenTheLineIsBusyAndADeliveryWhenTheCallCompletes() {
        var busy = openRequestTo(newPhoneNumber(), "47").publishedAndIndexed(kafka, openRequests);
        var answered = openRequestTo(newPhoneNumber(), "47").publishedAndIndexed(kafka, openRequests);

        status(busy, "busy").expectStatus().isNoContent();
        status(answered, "ringing").expectStatus().isNoContent();
        status(answered, "completed").expectStatus().isNoContent();

        try (var probe = probe(DELIVERIES)) {
            JsonNode failed =
                    JSON.readTree(probe.awaitRecord(about(busy), PUBLISHED).value());
            assertThat(failed.get("type").asString()).isEqualTo("NotificationFailed");
            assertThat(failed.get("channel").asString()).isEqualTo("VOICE");
            assertThat(failed.get("provider").asString()).isEqualTo("twilio-voice");
            assertThat(failed.get("reason").asString()).isEqualTo("busy");
            assertThat(failed.get("permanent").asBoolean()).isTrue();
            assertThat(failed.get("attempt").asInt()).isEqualTo(2);
            JsonNode delivered =
                    JSON.readTree(probe.awaitRecord(about(answered), PUBLISHED).value());
            assertThat(delivered.get("type").asString()).isEqualTo("NotificationDelivered");
            assertThat(probe.recordsWithin(about(answered), QUIET)).hasSize(1);
        }
    }

    private String twiml(String token, Map<String, String> params) {
        return postSigned("/webhooks/twilio/voice/twiml?token=" + token, params, TOKEN)
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith("application/xml")
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }

    /** The action of the TwiML's first Gather, as Twilio would post it. */
    private static String gatherAction(String twiml) {
        Matcher action = GATHER_ACTION.matcher(twiml);
        assertThat(action.find()).as("a Gather in " + twiml).isTrue();
        return action.group(1).replace("&amp;", "&");
    }

    private String pressAt(String action, String callSid, String digits) {
        Map<String, String> params = new HashMap<>(call("human"));
        params.put("CallSid", callSid);
        params.put("Digits", digits);
        return postSigned(action, params, TOKEN)
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }

    private String gather(String token, String callSid, String digits) {
        Map<String, String> params = new HashMap<>(call("human"));
        params.put("CallSid", callSid);
        params.put("Digits", digits);
        return postSigned("/webhooks/twilio/voice/gather?token=" + token, params, TOKEN)
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec status(
            NotificationRequestFixture request, String status) {
        return postSigned(
                "/webhooks/twilio/voice/status?notificationId=" + request.notificationId()
                        + "&channel=VOICE&attempt=2&incidentId=" + request.incidentId() + "&personId="
                        + request.personId() + "&exercise=false",
                Map.of(
                        "CallSid",
                        newCallSid(),
                        "CallStatus",
                        status,
                        "AccountSid",
                        "AC00000000000000000000000000000000"),
                TOKEN);
    }

    private static Map<String, String> call(String answeredBy) {
        return Map.of(
                "CallSid",
                newCallSid(),
                "AccountSid",
                "AC00000000000000000000000000000000",
                "CallStatus",
                "in-progress",
                "AnsweredBy",
                answeredBy);
    }

    private static String newCallSid() {
        return "CA" + UUID.randomUUID().toString().replace("-", "");
    }

    private static Predicate<ConsumerRecord<String, String>> about(NotificationRequestFixture request) {
        return record -> record.value().contains(request.notificationId().toString());
    }
}
