package io.muster.gateway.hotline;

import static io.muster.simulator.CallScript.Step.hangUp;
import static io.muster.simulator.CallScript.Step.press;
import static org.assertj.core.api.Assertions.assertThat;

import io.muster.gateway.GatewayIntegrationTest;
import io.muster.gateway.hotline.HotlineFixtures.Requested;
import io.muster.gateway.incident.Incidents;
import io.muster.simulator.CallScript;
import io.muster.simulator.CallTranscript;
import io.muster.simulator.PhoneSimulator;
import io.muster.simulator.SimulatorSettings;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Employee ids are not secrets: a caller from an unknown number who types a colleague's id, and then presses
 * whatever a menu would take, hears nothing of the incident and reports no state in the colleague's name.
 */
class HotlineImpersonationIntegrationTests extends GatewayIntegrationTest {

    @Autowired
    private HotlineRequests requests;

    @Autowired
    private Incidents incidents;

    private PhoneSimulator simulator;

    @BeforeEach
    void start() {
        simulator = PhoneSimulator.start(SimulatorSettings.builder()
                .port(0)
                .account(HotlineIntegrationTests.ACCOUNT, TOKEN)
                .incomingNumber(HotlineIntegrationTests.HOTLINE, BASE_URL + "/webhooks/twilio/voice/inbound")
                .inputTimeoutCap(Duration.ofSeconds(2))
                .build());
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void aColleaguesEmployeeIdAloneOpensNothingAndChangesNothing() {
        HotlineFixtures fixtures = new HotlineFixtures(kafka, requests, incidents);
        UUID incident = fixtures.declared("Intruder at Hilltop");
        fixtures.updatePosted(incident, "Stay in room 4 and lock the door.");
        String digits = String.valueOf(100_000 + ThreadLocalRandom.current().nextInt(900_000));
        Requested colleague = fixtures.requested(incident, UUID.randomUUID(), newPhoneNumber(), "E-" + digits);

        try (var probe = probe("muster.reply.v1")) {
            CallTranscript call = simulator.dial(
                    newPhoneNumber(),
                    HotlineIntegrationTests.HOTLINE,
                    CallScript.of(press(digits + "#"), press("1"), press("1"), press("1"), press("1"), hangUp()));

            assertThat(call.heard()).doesNotContain("Intruder", "room 4", "We recorded that");
            assertThat(probe.recordsWithin(
                            r -> r.value().contains("\"ReplyReceived\"")
                                    && r.value().contains(colleague.personId().toString()),
                            QUIET))
                    .isEmpty();
        }
    }
}
