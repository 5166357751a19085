package io.muster.gateway.hotline;

import static io.muster.simulator.CallScript.Step.press;
import static io.muster.simulator.CallScript.Step.say;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.muster.gateway.GatewayIntegrationTest;
import io.muster.gateway.NotificationRequestFixture;
import io.muster.simulator.CallScript;
import io.muster.simulator.CallTranscript;
import io.muster.simulator.PhoneSimulator;
import io.muster.simulator.SimulatorSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Voice messages for a colleague on the hotline, through the phone simulator: left by one identified caller for
 * a colleague of the same incident, published as VoiceMessageLeft, heard once by that colleague and by nobody else.
 */
class ColleagueMessagesIntegrationTests extends GatewayIntegrationTest {

    private static final String HOTLINE = "+15550000100";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private HotlineRequests requests;

    private PhoneSimulator simulator;

    @BeforeEach
    void start() {
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
    }

    @Test
    void aMessageLeftForAColleagueIsHeardByThemOnTheHotlineOnceAndByNobodyElse() {
        UUID incident = UUID.randomUUID();
        Person ada = asked(incident, "Ada Lovelace");
        Person grace = asked(incident, "Grace Hopper");
        Person linus = asked(incident, "Linus Torvalds");

        JsonNode left;
        try (var probe = probe("muster.reply.v1")) {
            CallTranscript leaving = simulator.dial(
                    ada.phone(),
                    HOTLINE,
                    CallScript.of(press("6"), press(grace.digits() + "#"), say("The generator is at gate 2")));
            assertThat(leaving.heard())
                    .contains("To leave a message for a colleague or a team, press 6.")
                    .contains("Please enter your colleague's employee ID")
                    .contains("Your colleague will be told that a message is waiting.");
            left = JSON.readTree(probe.awaitRecord(
                            r -> r.value().contains("\"type\":\"VoiceMessageLeft\"")
                                    && r.value().contains(leaving.callSid()),
                            PUBLISHED)
                    .value());
        }
        assertThat(left.get("incidentId").asString()).isEqualTo(incident.toString());
        assertThat(left.get("fromPersonId").asString()).isEqualTo(ada.id().toString());
        assertThat(left.get("toPersonId").asString()).isEqualTo(grace.id().toString());
        String recordingUrl = left.get("recordingUrl").asString();

        CallTranscript someoneElse = simulator.dial(linus.phone(), HOTLINE, CallScript.of(press("7")));
        CallTranscript recipient = simulator.dial(grace.phone(), HOTLINE, CallScript.of(press("7")));
        CallTranscript again = simulator.dial(grace.phone(), HOTLINE, CallScript.of(press("7")));

        assertThat(someoneElse.heard()).contains("You have no messages.").doesNotContain(recordingUrl, "[audio]");
        assertThat(recipient.heard())
                .contains("You have one message.", "Message from Ada Lovelace.", "[audio] " + recordingUrl)
                .contains("End of messages.");
        assertThat(again.heard()).contains("You have no messages.").doesNotContain("[audio]");
        JsonNode listed = operatorList(incident);
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("fromName").asString()).isEqualTo("Ada Lovelace");
        assertThat(listed.get(0).get("toName").asString()).isEqualTo("Grace Hopper");
        assertThat(listed.get(0).get("heardAt").isNull()).isFalse();
    }

    @Test
    void anUnknownOrOutsideColleagueGetsNoMessageAndNothingIsRecorded() {
        UUID incident = UUID.randomUUID();
        Person ada = asked(incident, "Ada Lovelace");
        Person outsider = asked(UUID.randomUUID(), "Someone Elsewhere");

        CallTranscript unknown = simulator.dial(ada.phone(), HOTLINE, CallScript.of(press("6"), press("999999999#")));
        CallTranscript outside =
                simulator.dial(ada.phone(), HOTLINE, CallScript.of(press("6"), press(outsider.digits() + "#")));

        assertThat(unknown.heard()).contains("We could not find that colleague in this incident.");
        assertThat(outside.heard()).contains("We could not find that colleague in this incident.");
        assertThat(unknown.lines()).noneMatch(line -> line.text().startsWith("recorded"));
        assertThat(outside.lines()).noneMatch(line -> line.text().startsWith("recorded"));
        assertThat(operatorList(incident)).isEmpty();
    }

    @Test
    void hostileColleagueWebhooksAreRefused() {
        UUID incident = UUID.randomUUID();
        Person ada = asked(incident, "Ada Lovelace");
        Person grace = asked(incident, "Grace Hopper");
        Map<String, String> recording = Map.of(
                "CallSid", "CA" + "1".repeat(32),
                "RecordingSid", "RE" + "2".repeat(32),
                "RecordingUrl", "https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/RE" + "2".repeat(32),
                "RecordingStatus", "completed");
        String status = "/webhooks/twilio/hotline/colleague-status?person=" + ada.id() + "&incident=" + incident
                + "&to=" + grace.id();

        post(status, recording, null).expectStatus().isForbidden();
        postSigned(status, recording, "forged-token").expectStatus().isForbidden();
        postSigned(status.replace("&to=" + grace.id(), "&to=nobody"), recording, TOKEN)
                .expectStatus()
                .isBadRequest();
        Map<String, String> fileUrl = new java.util.HashMap<>(recording);
        fileUrl.put("RecordingUrl", "file:///etc/passwd");
        postSigned(status, fileUrl, TOKEN).expectStatus().isBadRequest();
        // a call that was never identified as Ada cannot leave a message in her name
        String typed = signedTwiml(
                "/webhooks/twilio/hotline/colleague?person=" + ada.id() + "&incident=" + incident,
                Map.of("CallSid", "CA" + "3".repeat(32), "Digits", grace.digits()));
        assertThat(typed).doesNotContain("<Record").contains("could not find that colleague");
        assertThat(operatorList(incident)).isEmpty();
        client.get()
                .uri("/api/incidents/" + incident + "/voice-messages")
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }

    private record Person(UUID id, String phone, String digits) {}

    private Person asked(UUID incident, String name) {
        String digits = String.valueOf(100_000 + ThreadLocalRandom.current().nextInt(900_000));
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
        event.put("employeeId", "E-" + digits);
        kafka.send(
                        "muster.notification-request.priority.v1",
                        request.personId().toString(),
                        JSON.writeValueAsString(event))
                .join();
        await().atMost(PUBLISHED).until(() -> requests.latest(request.personId(), incident)
                .blockOptional()
                .isPresent());
        return new Person(request.personId(), request.phone(), digits);
    }

    private JsonNode operatorList(UUID incident) {
        return JSON.readTree(client.get()
                .uri("/api/incidents/" + incident + "/voice-messages")
                .headers(h -> h.setBasicAuth("commander", STAFF_PASSWORD))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody());
    }
}
