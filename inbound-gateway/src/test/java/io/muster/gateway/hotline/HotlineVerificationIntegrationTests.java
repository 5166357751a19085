package io.muster.gateway.hotline;

import static io.muster.simulator.CallScript.Step.hangUp;
import static io.muster.simulator.CallScript.Step.press;
import static io.muster.simulator.CallScript.Step.say;
import static org.assertj.core.api.Assertions.assertThat;

import io.muster.gateway.GatewayIntegrationTest;
import io.muster.gateway.hotline.HotlineFixtures.Requested;
import io.muster.gateway.incident.Incidents;
import io.muster.simulator.CallScript;
import io.muster.simulator.CallTranscript;
import io.muster.simulator.PhoneSimulator;
import io.muster.simulator.SimulatorSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A caller the hotline does not recognise by their number must prove who they are before they hear anything of an
 * incident or change anyone's state: an employee id is no secret. Without the proof they may only leave a message,
 * flagged unverified and attributed to nobody, and the person's escalation goes on. Guessing is throttled per
 * claimed person and per calling number, across calls.
 */
class HotlineVerificationIntegrationTests extends GatewayIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PIN = "480913";

    @Autowired
    private HotlineRequests requests;

    @Autowired
    private Incidents incidents;

    @Autowired
    private HotlinePins pins;

    @Autowired
    private VerificationThrottle throttle;

    @Autowired
    private DatabaseClient db;

    @Autowired
    private Clock clock;

    private PhoneSimulator simulator;
    private HotlineFixtures fixtures;
    private UUID incident;
    private Requested colleague;
    private String employeeDigits;

    @BeforeEach
    void aColleagueWithAPinInAnOpenIncident() {
        simulator = PhoneSimulator.start(SimulatorSettings.builder()
                .port(0)
                .account(HotlineIntegrationTests.ACCOUNT, TOKEN)
                .incomingNumber(HotlineIntegrationTests.HOTLINE, BASE_URL + "/webhooks/twilio/voice/inbound")
                .inputTimeoutCap(Duration.ofSeconds(2))
                .build());
        fixtures = new HotlineFixtures(kafka, requests, incidents);
        incident = fixtures.declared("Chemical leak at Riverside");
        fixtures.updatePosted(incident, "Evacuate to car park B. Do not use lift 2.");
        employeeDigits = String.valueOf(100_000 + ThreadLocalRandom.current().nextInt(900_000));
        colleague = fixtures.requested(incident, UUID.randomUUID(), newPhoneNumber(), "E-" + employeeDigits);
        HotlineFixtures.pinSet(kafka, pins, colleague.personId(), PIN);
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void aCallerWhoTypesAColleaguesEmployeeIdHearsNothingOfTheIncidentAndChangesNoState() throws Exception {
        try (var probe = probe("muster.reply.v1")) {
            CallTranscript call = simulator.dial(
                    newPhoneNumber(),
                    HotlineIntegrationTests.HOTLINE,
                    CallScript.of(
                            press(employeeDigits + "#"),
                            press("111111#"),
                            press(employeeDigits + "#"),
                            press("1#"),
                            say("This is Sam, I am safe, stop calling me")));

            assertThat(call.heard())
                    .doesNotContain("Chemical leak", "Evacuate", "car park B", "We recorded that")
                    .contains(
                            "We could not verify who you are.",
                            "Your message has been recorded for the response team.");
            JsonNode message = JSON.readTree(probe.awaitRecord(
                            r -> r.value().contains(call.callSid()) && r.value().contains("\"HotlineMessageRecorded\""),
                            PUBLISHED)
                    .value());
            assertThat(message.get("incidentId").asString()).isEqualTo(incident.toString());
            assertThat(message.get("personId").isNull()).isTrue();
            assertThat(message.get("claimedPersonId").asString())
                    .isEqualTo(colleague.personId().toString());
            assertThat(message.get("verified").asBoolean()).isFalse();
            assertThat(probe.recordsWithin(
                            r -> r.value().contains(call.callSid()) && r.value().contains("\"ReplyReceived\""), QUIET))
                    .isEmpty();
        }
    }

    @Test
    void theRightPinOpensTheIncidentAndTheAnswerIsTheColleagues() throws Exception {
        String callSid = newCallSid();
        String from = newPhoneNumber();

        String afterId = identify(callSid, from, employeeDigits);
        String afterPin = verify(callSid, from, PIN, 1);

        assertThat(afterId).contains("Please enter your hotline PIN").doesNotContain("Chemical leak");
        assertThat(afterPin).contains("Chemical leak at Riverside.", "Evacuate to car park B.");
        assertThat(verifiedBy(callSid)).isEqualTo("pin");
    }

    @Test
    void anEmployeeIdThatNamesNobodyIsAskedTheSameQuestion() {
        String from = newPhoneNumber();

        String known = identify(newCallSid(), from, employeeDigits);
        String unknown = identify(newCallSid(), from, "9" + employeeDigits);

        assertThat(unknown).isEqualTo(known);
    }

    @Test
    void guessingOnePersonsPinIsLockedAcrossCallsAndNumbersEvenForTheRightPin() {
        for (int i = 0; i < 5; i++) {
            String callSid = newCallSid();
            String from = newPhoneNumber();
            identify(callSid, from, employeeDigits);
            assertThat(verify(callSid, from, "9" + i + "1357", 2)).contains("We could not verify who you are.");
        }

        String callSid = newCallSid();
        String from = newPhoneNumber();
        identify(callSid, from, employeeDigits);
        String locked = verify(callSid, from, PIN, 1);

        assertThat(locked).contains("There have been too many attempts").doesNotContain("Chemical leak");
        assertThat(verifiedBy(callSid)).isNull();
    }

    @Test
    void guessingFromOneNumberIsLockedWhoeverIsClaimed() {
        String from = newPhoneNumber();
        for (int i = 0; i < 10; i++) {
            String callSid = newCallSid();
            identify(
                    callSid,
                    from,
                    String.valueOf(700_000 + ThreadLocalRandom.current().nextInt(99_999)));
            verify(callSid, from, "246813", 2);
        }

        String callSid = newCallSid();
        identify(callSid, from, employeeDigits);

        assertThat(verify(callSid, from, PIN, 1)).contains("There have been too many attempts");
    }

    @Test
    void concurrentGuessesAreEachCountedBeforeAnyIsChecked() {
        UUID target = UUID.randomUUID();
        var keys = java.util.List.of(VerificationThrottle.Key.person(target, 5));

        var locked = reactor.core.publisher.Flux.range(0, 20)
                .flatMap(i -> throttle.attempt(keys), 20)
                .filter(Boolean::booleanValue)
                .count()
                .block();

        assertThat(locked).isEqualTo(15);
    }

    @Test
    void theReplyCodeIsAProofOnlyWhereItIsAccepted() {
        HotlineProperties properties = new HotlineProperties(
                Duration.ofSeconds(120),
                10,
                2,
                Duration.ofDays(14),
                "en",
                new HotlineProperties.Verification(5, 10, Duration.ofHours(24), true, 8));
        var accepting =
                new HotlineVerification(pins, requests, new VerificationThrottle(db, properties, clock), properties);
        var refusing = new HotlineVerification(
                pins,
                requests,
                throttle,
                new HotlineProperties(
                        Duration.ofSeconds(120),
                        10,
                        2,
                        Duration.ofDays(14),
                        "en",
                        new HotlineProperties.Verification(5, 10, Duration.ofHours(24), false, 8)));

        assertThat(accepting.prove(colleague.personId(), newPhoneNumber(), "47").block())
                .isEqualTo(new HotlineVerification.Outcome.Verified(colleague.personId(), "reply-code"));
        assertThat(refusing.prove(colleague.personId(), newPhoneNumber(), "47").block())
                .isEqualTo(new HotlineVerification.Outcome.Refused());
    }

    @Test
    void theColleagueWithTheirPinOnTheSimulatorReportsTheirOwnState() throws Exception {
        try (var probe = probe("muster.reply.v1")) {
            CallTranscript call = simulator.dial(
                    newPhoneNumber(),
                    HotlineIntegrationTests.HOTLINE,
                    CallScript.of(press(employeeDigits + "#"), press(PIN + "#"), press("2"), hangUp()));

            JsonNode reply = JSON.readTree(probe.awaitRecord(
                            r -> r.value().contains(call.callSid()) && r.value().contains("\"ReplyReceived\""),
                            PUBLISHED)
                    .value());
            assertThat(reply.get("personId").asString())
                    .isEqualTo(colleague.personId().toString());
            assertThat(reply.get("answer").asString()).isEqualTo("NEEDS_HELP");
        }
    }

    private String identify(String callSid, String from, String digits) {
        return twiml("/webhooks/twilio/hotline/identify?attempt=1&lang=en", callSid, from, digits);
    }

    private String verify(String callSid, String from, String digits, int attempt) {
        return twiml("/webhooks/twilio/hotline/verify?attempt=" + attempt + "&lang=en", callSid, from, digits);
    }

    private String twiml(String path, String callSid, String from, String digits) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("CallSid", callSid);
        params.put("From", from);
        params.put("To", HotlineIntegrationTests.HOTLINE);
        params.put("Digits", digits);
        return postSigned(path, params, TOKEN)
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }

    private String verifiedBy(String callSid) {
        return db.sql("select verified_by from hotline_calls where call_sid = :call")
                .bind("call", callSid)
                .map(row -> java.util.Optional.ofNullable(row.get("verified_by", String.class)))
                .one()
                .block()
                .orElse(null);
    }

    private static String newCallSid() {
        return "CA" + UUID.randomUUID().toString().replace("-", "");
    }
}
