package io.muster.gateway.hotline;

import static io.muster.simulator.CallScript.Step.hangUp;
import static io.muster.simulator.CallScript.Step.press;
import static io.muster.simulator.CallScript.Step.say;
import static io.muster.simulator.CallScript.Step.silence;
import static org.assertj.core.api.Assertions.assertThat;

import io.muster.gateway.GatewayIntegrationTest;
import io.muster.gateway.hotline.HotlineFixtures.Requested;
import io.muster.gateway.incident.Incidents;
import io.muster.simulator.CallScript;
import io.muster.simulator.CallTranscript;
import io.muster.simulator.PhoneSimulator;
import io.muster.simulator.SimulatorSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Callers dial the hotline through the phone simulator, which fetches the gateway's TwiML from the hotline
 * number's voice URL, follows the caller's script and signs every webhook like Twilio.
 */
class HotlineIntegrationTests extends GatewayIntegrationTest {

    static final String ACCOUNT = "AC0123456789abcdef0123456789abcdef";
    static final String HOTLINE = "+15550000100";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private HotlineRequests requests;

    @Autowired
    private Incidents incidents;

    @Autowired
    private DatabaseClient db;

    @Autowired
    private HotlinePins pins;

    private PhoneSimulator simulator;
    private HotlineFixtures fixtures;

    @BeforeEach
    void start() {
        simulator = PhoneSimulator.start(SimulatorSettings.builder()
                .port(0)
                .account(ACCOUNT, TOKEN)
                .incomingNumber(HOTLINE, BASE_URL + "/webhooks/twilio/voice/inbound")
                .inputTimeoutCap(Duration.ofSeconds(2))
                .build());
        fixtures = new HotlineFixtures(kafka, requests, incidents);
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void anIdentifiedCallerHearsTheLatestUpdateReportsNeedsHelpAndRecordsAMessage() throws Exception {
        UUID incident = fixtures.declared("Fire alarm at Riverside");
        fixtures.updatePosted(incident, "Building A stays closed. Report to Northgate at nine.");
        Requested request = fixtures.requested(incident, UUID.randomUUID(), newPhoneNumber(), "E-1042");

        try (var probe = probe("muster.reply.v1")) {
            long started = System.nanoTime();
            CallTranscript call = simulator.dial(
                    request.phone(), HOTLINE, CallScript.of(press("2"), press("4"), say("I am on floor 3")));
            System.out.printf(
                    "Hotline call (welcome, update, state, record, thanks) took %d ms%n",
                    (System.nanoTime() - started) / 1_000_000);

            assertThat(call.heard())
                    .contains("Fire alarm at Riverside.", "Latest update: Building A stays closed. Report to Northgate")
                    .contains(
                            "We recorded that you need help", "Your message has been recorded for the response team.");
            JsonNode reply = JSON.readTree(
                    probe.awaitRecord(ofType("ReplyReceived", call), PUBLISHED).value());
            assertThat(reply.get("channel").asString()).isEqualTo("HOTLINE");
            assertThat(reply.get("answer").asString()).isEqualTo("NEEDS_HELP");
            assertThat(reply.get("rawAnswer").asString()).isEqualTo("2");
            assertThat(reply.get("notificationId").asString())
                    .isEqualTo(request.notificationId().toString());
            assertThat(reply.get("personId").asString())
                    .isEqualTo(request.personId().toString());
            assertThat(reply.get("incidentId").asString()).isEqualTo(incident.toString());
            JsonNode message = JSON.readTree(probe.awaitRecord(ofType("HotlineMessageRecorded", call), PUBLISHED)
                    .value());
            assertThat(message.get("incidentId").asString()).isEqualTo(incident.toString());
            assertThat(message.get("personId").asString())
                    .isEqualTo(request.personId().toString());
            assertThat(message.get("callerNumber").asString()).isEqualTo(request.phone());
            assertThat(message.get("recordingSid").asString()).matches("RE[0-9a-f]{32}");
            assertThat(message.get("durationSeconds").asInt()).isPositive();
            String recordingUrl = message.get("recordingUrl").asString();
            assertThat(recordingUrl)
                    .startsWith(simulator.baseUrl() + "/2010-04-01/Accounts/" + ACCOUNT + "/Recordings/RE");
            HttpResponse<byte[]> audio = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(recordingUrl)).build(),
                            HttpResponse.BodyHandlers.ofByteArray());
            assertThat(audio.statusCode()).isEqualTo(200);
            assertThat(new String(audio.body(), 0, 4)).isEqualTo("RIFF");
        }
    }

    @Test
    void aCallerFromAnUnknownNumberIsIdentifiedByEmployeeIdAndTheirPin() {
        UUID incident = fixtures.declared("Flood at Northgate");
        String employeeDigits = fiveDigits();
        Requested request = fixtures.requested(incident, UUID.randomUUID(), newPhoneNumber(), "E-" + employeeDigits);
        HotlineFixtures.pinSet(kafka, pins, request.personId(), "480913");

        try (var probe = probe("muster.reply.v1")) {
            CallTranscript call = simulator.dial(
                    newPhoneNumber(),
                    HOTLINE,
                    CallScript.of(press(employeeDigits + "#"), press("480913#"), press("1"), hangUp()));

            assertThat(call.heard())
                    .contains("We could not recognise the number", "Please enter your hotline PIN")
                    .contains("Flood at Northgate.", "There is no update yet.")
                    .contains("We recorded that you are safe");
            JsonNode reply = JSON.readTree(
                    probe.awaitRecord(ofType("ReplyReceived", call), PUBLISHED).value());
            assertThat(reply.get("answer").asString()).isEqualTo("SAFE");
            assertThat(reply.get("personId").asString())
                    .isEqualTo(request.personId().toString());
            assertThat(reply.get("notificationId").asString())
                    .isEqualTo(request.notificationId().toString());
        }
    }

    @Test
    void anUnknownCallerWhoFailsIdentificationCanOnlyLeaveAMessageThatStaysInTheGateway() {
        String caller = newPhoneNumber();
        CallTranscript call;

        try (var probe = probe("muster.reply.v1")) {
            call = simulator.dial(
                    caller,
                    HOTLINE,
                    CallScript.of(
                            press("90000001#"),
                            press("11111111#"),
                            press("90000002#"),
                            press("22222222#"),
                            say("Please call me back")));

            assertThat(call.heard())
                    .contains("We could not verify who you are.")
                    .contains("We could not identify you, so we cannot give you incident updates.")
                    .contains("Your message has been recorded for the response team.")
                    .doesNotContain("Latest update");
            String callSid = call.callSid();
            assertThat(probe.recordsWithin(record -> record.value().contains(callSid), QUIET))
                    .isEmpty();
        }
        List<String> kept = db.sql(
                        "select caller_number, incident_id, person_id, published_at from hotline_messages where call_sid = :call")
                .bind("call", call.callSid())
                .map(row -> row.get("caller_number", String.class) + " " + row.get("incident_id", UUID.class) + " "
                        + row.get("person_id", UUID.class) + " " + row.get("published_at", Object.class))
                .all()
                .collectList()
                .block();
        assertThat(kept).containsExactly(caller + " null null null");
    }

    @Test
    void anUnknownCallerWhoPressesNothingIsOfferedToLeaveAMessage() {
        CallTranscript call = simulator.dial(newPhoneNumber(), HOTLINE, CallScript.of(silence(), hangUp()));

        assertThat(call.said())
                .containsExactly(
                        "Welcome to the Muster hotline.",
                        HotlinePrompts.ENGLISH.askEmployeeId(),
                        HotlinePrompts.of("fr").offer(),
                        HotlinePrompts.ENGLISH.unidentified());
        assertThat(call.lines().getLast().text()).isEqualTo("hung up");
    }

    @Test
    void aCallerInTwoOpenIncidentsChoosesOneAndAnswersForIt() {
        UUID person = UUID.randomUUID();
        String phone = newPhoneNumber();
        UUID first = fixtures.declared("Power cut at Riverside");
        UUID second = fixtures.declared("Flood at Northgate");
        fixtures.updatePosted(second, "Northgate ground floor is flooded. Work from home.");
        fixtures.requested(first, person, phone, null);
        Requested inSecond = fixtures.requested(second, person, phone, null, "en", true);

        try (var probe = probe("muster.reply.v1")) {
            CallTranscript call = simulator.dial(phone, HOTLINE, CallScript.of(press("2"), press("3"), hangUp()));

            assertThat(call.heard())
                    .contains("You are part of 2 open incidents. For Power cut at Riverside, press 1. "
                            + "For Flood at Northgate, press 2.")
                    .contains(
                            "Latest update: Northgate ground floor is flooded.", "To choose another incident, press 0.")
                    .contains("We recorded that you are at an alternate site");
            JsonNode reply = JSON.readTree(
                    probe.awaitRecord(ofType("ReplyReceived", call), PUBLISHED).value());
            assertThat(reply.get("answer").asString()).isEqualTo("AT_ALTERNATE_SITE");
            assertThat(reply.get("incidentId").asString()).isEqualTo(second.toString());
            assertThat(reply.get("notificationId").asString())
                    .isEqualTo(inSecond.notificationId().toString());
        }
    }

    @Test
    void aClosedIncidentIsNoLongerOffered() {
        UUID person = UUID.randomUUID();
        String phone = newPhoneNumber();
        UUID over = fixtures.declared("Gas leak at Riverside");
        UUID open = fixtures.declared("Storm damage at Northgate");
        fixtures.requested(over, person, phone, null);
        fixtures.requested(open, person, phone, null);
        fixtures.closed(over);

        CallTranscript call = simulator.dial(phone, HOTLINE, CallScript.of(hangUp()));

        assertThat(call.heard()).contains("Storm damage at Northgate.").doesNotContain("Gas leak", "open incidents");
    }

    @Test
    void aForgedHotlineWebhookIsRejectedAndTheCallerHearsAnError() {
        try (PhoneSimulator forger = PhoneSimulator.start(SimulatorSettings.builder()
                .port(0)
                .account(ACCOUNT, "not-our-auth-token")
                .incomingNumber(HOTLINE, BASE_URL + "/webhooks/twilio/voice/inbound")
                .build())) {
            CallTranscript call = forger.dial(newPhoneNumber(), HOTLINE, CallScript.of(press("1")));

            assertThat(call.heard())
                    .contains("an application error has occurred")
                    .contains("HTTP 403");
        }
        post(
                        "/webhooks/twilio/hotline/recording-status?person=" + UUID.randomUUID() + "&incident="
                                + UUID.randomUUID(),
                        java.util.Map.of("CallSid", "CA" + "1".repeat(32), "RecordingSid", "RE" + "1".repeat(32)),
                        "forged")
                .expectStatus()
                .isForbidden()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:invalid-signature");
    }

    private static Predicate<ConsumerRecord<String, String>> ofType(String type, CallTranscript call) {
        return record -> record.value().contains("\"type\":\"" + type + "\"")
                && record.value().contains(call.callSid());
    }

    private static String fiveDigits() {
        return String.valueOf(
                10_000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(90_000));
    }
}
