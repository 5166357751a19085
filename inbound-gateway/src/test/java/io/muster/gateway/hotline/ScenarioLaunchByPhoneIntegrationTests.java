package io.muster.gateway.hotline;

import static io.muster.simulator.CallScript.Step.hangUp;
import static io.muster.simulator.CallScript.Step.press;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.muster.gateway.GatewayIntegrationTest;
import io.muster.gateway.NotificationRequestFixture;
import io.muster.gateway.hotline.ScenarioContractServer.Received;
import io.muster.simulator.CallScript;
import io.muster.simulator.CallTranscript;
import io.muster.simulator.PhoneSimulator;
import io.muster.simulator.SimulatorSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Launching a prepared scenario by phone, through the phone simulator, against the incident-service's documented
 * contract on a real port ({@link ScenarioContractServer}): the option is offered only when scenarios are approved,
 * the launch carries the caller's employee id and the call as its key, a replayed confirmation launches nothing
 * more, and a refusal or an outage is heard as such.
 */
class ScenarioLaunchByPhoneIntegrationTests extends GatewayIntegrationTest {

    private static final String HOTLINE = "+15550000100";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final UUID EVACUATE = UUID.randomUUID();
    private static final UUID SNOW = UUID.randomUUID();
    private static final UUID HILLTOP = UUID.randomUUID();
    private static final UUID RIVERSIDE = UUID.randomUUID();
    private static final String MENU =
            """
            {"scenarios": [
               {"keypad": 12, "id": "%s", "name": "Snow day", "version": 3, "lifeSafety": false, "rollCall": false},
               {"keypad": 7, "id": "%s", "name": "Evacuate", "version": 2, "lifeSafety": true, "rollCall": true}],
             "sites": [{"keypad": 1, "id": "%s", "name": "Hilltop"}, {"keypad": 2, "id": "%s", "name": "Riverside"}]}"""
                    .formatted(SNOW, EVACUATE, HILLTOP, RIVERSIDE);

    private final ScenarioContractServer incidentService = ScenarioContractServer.shared();

    @Autowired
    private HotlineRequests requests;

    @Autowired
    private IncidentServiceScenarios scenarios;

    @Autowired
    private HotlinePins pins;

    private PhoneSimulator simulator;

    @BeforeEach
    void start() {
        incidentService.reset();
        simulator = PhoneSimulator.start(SimulatorSettings.builder()
                .port(0)
                .account(ACCOUNT_SID, TOKEN)
                .incomingNumber(HOTLINE, BASE_URL + "/webhooks/twilio/voice/inbound")
                .inputTimeoutCap(Duration.ofSeconds(2))
                .build());
    }

    @AfterEach
    void stop() {
        simulator.close();
        incidentService.reset();
        // the shared context's other tests see the hotline without scenarios, even before their first call
        scenarios.menu().block();
    }

    @Test
    void aCommanderLaunchesAScenarioAtASiteAndTheLaunchCarriesTheirEmployeeIdAndTheCall() {
        incidentService.menu(MENU);
        Person ada = asked("Ada Lovelace");
        incidentService.commander(ada.employeeId());

        CallTranscript call = simulator.dial(
                ada.phone(), HOTLINE, CallScript.of(press("5"), press("12#"), press("2#"), press("2"), press("1")));

        assertThat(call.heard())
                .contains("To launch a prepared scenario, press 5.")
                .contains("For Snow day, enter 12.", "For Evacuate, enter 7.")
                .contains("For Riverside, enter 2.")
                .contains("You are about to launch Snow day at Riverside, as a real emergency. To confirm, press 1.")
                .contains("The scenario Snow day has been launched.");
        List<Received> received = incidentService.received();
        assertThat(received).hasSize(1);
        Received launch = received.getFirst();
        assertThat(launch.scenarioId()).isEqualTo(SNOW);
        assertThat(launch.idempotencyKey()).isEqualTo(call.callSid());
        assertThat(launch.body().get("employeeId").asString()).isEqualTo(ada.employeeId());
        assertThat(launch.body().get("siteIds").get(0).asString()).isEqualTo(RIVERSIDE.toString());
        assertThat(launch.body().get("siteIds")).hasSize(1);
        assertThat(launch.body().get("exercise").asBoolean()).isFalse();
        assertThat(launch.body().get("confirmLifeSafety").asBoolean()).isFalse();
        assertThat(launch.body().get("version").asInt()).isEqualTo(3);
    }

    @Test
    void aLifeSafetyScenarioIsConfirmedTwiceAndAReplayedConfirmationLaunchesNothingMore() {
        incidentService.menu(MENU);
        Person ada = asked("Ada Lovelace");
        incidentService.commander(ada.employeeId());

        CallTranscript call = simulator.dial(
                ada.phone(),
                HOTLINE,
                CallScript.of(press("5"), press("7#"), press("1#"), press("1"), press("1"), press("1")));

        assertThat(call.heard())
                .contains("You are about to launch Evacuate at Hilltop, as an exercise.")
                .contains("This is a life-safety alert.")
                .contains("The scenario Evacuate has been launched.");
        assertThat(incidentService.received()).hasSize(1);
        assertThat(incidentService
                        .received()
                        .getFirst()
                        .body()
                        .get("confirmLifeSafety")
                        .asBoolean())
                .isTrue();
        assertThat(incidentService.received().getFirst().body().get("exercise").asBoolean())
                .isTrue();

        // Twilio retries the last webhook (or someone replays it): the same words, no second launch request
        String confirm = "/webhooks/twilio/hotline/scenario-confirm?person=" + ada.id() + "&scenario=" + EVACUATE
                + "&version=2&site=" + HILLTOP + "&exercise=true&confirmation=2&lang=en";
        String replayed = signedTwiml(confirm, Map.of("CallSid", call.callSid(), "Digits", "1"));
        assertThat(replayed).contains("The scenario Evacuate has been launched.");
        assertThat(incidentService.received()).hasSize(1);
        assertThat(incidentService.launches(call.callSid())).isEqualTo(1);
    }

    @Test
    void aCallerWhoIsNotACommanderHearsThatTheyMayNotLaunch() {
        incidentService.menu(MENU);
        Person grace = asked("Grace Hopper");

        CallTranscript call = simulator.dial(
                grace.phone(), HOTLINE, CallScript.of(press("5"), press("12#"), press("1#"), press("1"), press("1")));

        assertThat(call.heard()).contains("You may not launch scenarios.").doesNotContain("has been launched");
        assertThat(incidentService.received()).hasSize(1);
        assertThat(incidentService.launches(call.callSid())).isZero();
    }

    @Test
    void anOutageOfTheIncidentServiceIsHeardAsNotAvailable() {
        incidentService.menu(MENU);
        Person ada = asked("Ada Lovelace");
        incidentService.commander(ada.employeeId());
        incidentService.launchesDown(true);

        CallTranscript call = simulator.dial(
                ada.phone(), HOTLINE, CallScript.of(press("5"), press("12#"), press("1#"), press("1"), press("1")));

        assertThat(call.heard())
                .contains("Launching scenarios by phone is not available now. Please use the console.")
                .doesNotContain("has been launched", "application error");
    }

    @Test
    void noApprovedScenarioNoOption() {
        Person ada = asked("Ada Lovelace");
        incidentService.commander(ada.employeeId());

        CallTranscript call = simulator.dial(ada.phone(), HOTLINE, CallScript.of(press("5")));

        assertThat(call.heard()).doesNotContain("press 5").contains("Sorry, that is not an option.");
        assertThat(incidentService.received()).isEmpty();
    }

    @Test
    void aCommanderInNoOpenIncidentProvesTheirIdWithAPinAndLaunchesFromAnUnknownPhone() {
        incidentService.menu(MENU);
        String employeeId = commanderWithPin("468213");

        CallTranscript call = simulator.dial(
                newPhoneNumber(),
                HOTLINE,
                CallScript.of(
                        press(digits(employeeId) + "#"),
                        press("468213#"),
                        press("5"),
                        press("12#"),
                        press("1#"),
                        press("1"),
                        press("1")));

        assertThat(call.heard())
                .contains("There is no open incident for you at the moment. To launch a prepared scenario, press 5.")
                .contains("You are about to launch Snow day at Hilltop, as an exercise. To confirm, press 1.")
                .contains("The scenario Snow day has been launched.");
        assertThat(incidentService.received()).hasSize(1);
        Received launch = incidentService.received().getFirst();
        assertThat(launch.body().get("employeeId").asString()).isEqualTo(employeeId);
        assertThat(launch.idempotencyKey()).isEqualTo(call.callSid());
        assertThat(incidentService.launches(call.callSid())).isEqualTo(1);
    }

    @Test
    void theWrongPinForACommandersIdLaunchesNothingAndSaysNothingOfScenarios() {
        incidentService.menu(MENU);
        String employeeId = commanderWithPin("468213");

        CallTranscript call = simulator.dial(
                newPhoneNumber(),
                HOTLINE,
                CallScript.of(press(digits(employeeId) + "#"), press("111111#"), press("5"), hangUp()));

        assertThat(call.heard()).doesNotContain("prepared scenario", "Snow day");
        assertThat(incidentService.received()).isEmpty();
    }

    @Test
    void aProvenCallerInNoIncidentHearsOnlyThatWhenNoScenarioIsApproved() {
        UUID bo = UUID.randomUUID();
        String employeeId = newEmployeeId();
        HotlineFixtures.pinSet(kafka, pins, bo, employeeId, "468213");

        CallTranscript call = simulator.dial(
                newPhoneNumber(),
                HOTLINE,
                CallScript.of(press(digits(employeeId) + "#"), press("468213#"), press("5")));

        assertThat(call.heard())
                .contains("There is no open incident for you at the moment.")
                .doesNotContain("press 5");
        assertThat(incidentService.received()).isEmpty();
    }

    @Test
    void aReplayedStartOnACallNotProvenAsThePersonLaunchesNothing() {
        incidentService.menu(MENU);
        UUID ada = UUID.randomUUID();
        HotlineFixtures.pinSet(kafka, pins, ada, newEmployeeId(), "468213");
        scenarios.menu().block();

        String forged = signedTwiml(
                "/webhooks/twilio/hotline/scenario-start?person=" + ada + "&lang=en",
                Map.of("CallSid", "CA" + "0".repeat(32), "Digits", "5"));

        assertThat(forged).doesNotContain("Snow day").contains("There is no open incident for you");
        assertThat(incidentService.received()).isEmpty();
    }

    /** A commander in no incident, with a hotline PIN set for a new employee id; that id. */
    private String commanderWithPin(String pin) {
        String employeeId = newEmployeeId();
        HotlineFixtures.pinSet(kafka, pins, UUID.randomUUID(), employeeId, pin);
        incidentService.commander(employeeId);
        return employeeId;
    }

    private static String newEmployeeId() {
        return "C-" + (100_000 + ThreadLocalRandom.current().nextInt(900_000));
    }

    private static String digits(String employeeId) {
        return employeeId.replaceAll("\\D", "");
    }

    private record Person(UUID id, String phone, String employeeId) {}

    private Person asked(String name) {
        UUID incident = UUID.randomUUID();
        String employeeId = "E-" + (100_000 + ThreadLocalRandom.current().nextInt(900_000));
        var request = new NotificationRequestFixture(
                UUID.randomUUID(),
                incident,
                UUID.randomUUID(),
                newPhoneNumber(),
                "47",
                "Fire alarm at Riverside",
                false,
                Instant.now().plus(Duration.ofHours(1)),
                "en");
        ObjectNode event = (ObjectNode) JSON.readTree(request.json());
        event.put("displayName", name);
        event.put("employeeId", employeeId);
        kafka.send(
                        "muster.notification-request.priority.v1",
                        request.personId().toString(),
                        JSON.writeValueAsString(event))
                .join();
        await().atMost(PUBLISHED).until(() -> requests.latest(request.personId(), incident)
                .blockOptional()
                .isPresent());
        return new Person(request.personId(), request.phone(), employeeId);
    }
}
