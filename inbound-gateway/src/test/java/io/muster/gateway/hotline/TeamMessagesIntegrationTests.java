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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Voice messages for a team on the hotline, through the phone simulator: the incident's teams are the roles its
 * requests carried; a caller chooses one after 6, the message is published as VoiceMessageLeft for the role, and
 * every member of that role in the incident (but the caller) hears it once on 7, nobody else.
 */
class TeamMessagesIntegrationTests extends GatewayIntegrationTest {

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
    void aMessageLeftForATeamIsHeardOnceByEachOfItsMembersAndByNobodyElse() {
        UUID incident = UUID.randomUUID();
        Person ada = asked(incident, "Ada Lovelace", "Electricians");
        Person grace = asked(incident, "Grace Hopper", "Electricians", "First aid");
        Person bob = asked(incident, "Bob Kahn", "Electricians");
        Person linus = asked(incident, "Linus Torvalds", "First aid");

        JsonNode left;
        try (var probe = probe("muster.reply.v1")) {
            CallTranscript leaving = simulator.dial(
                    ada.phone(),
                    HOTLINE,
                    CallScript.of(press("6"), press("2"), press("1"), say("Bring the spare cables to gate 2")));
            assertThat(leaving.heard())
                    .contains("To leave a message for a colleague, press 1. To leave a message for a team, press 2.")
                    .contains("Please choose the team. For Electricians, press 1. For First aid, press 2.")
                    .contains("Please record your message for the team after the tone.")
                    .contains("Everyone in the team will be told that a message is waiting.");
            left = JSON.readTree(probe.awaitRecord(
                            r -> r.value().contains("\"type\":\"VoiceMessageLeft\"")
                                    && r.value().contains(leaving.callSid()),
                            PUBLISHED)
                    .value());
        }
        assertThat(left.get("incidentId").asString()).isEqualTo(incident.toString());
        assertThat(left.get("fromPersonId").asString()).isEqualTo(ada.id().toString());
        assertThat(left.get("toRole").asString()).isEqualTo("Electricians");
        assertThat(left.has("toPersonId")).isFalse();
        String recordingUrl = left.get("recordingUrl").asString();

        CallTranscript sender = simulator.dial(ada.phone(), HOTLINE, CallScript.of(press("7")));
        CallTranscript outsider = simulator.dial(linus.phone(), HOTLINE, CallScript.of(press("7")));
        CallTranscript graceHears = simulator.dial(grace.phone(), HOTLINE, CallScript.of(press("7")));
        CallTranscript bobHears = simulator.dial(bob.phone(), HOTLINE, CallScript.of(press("7")));
        CallTranscript graceAgain = simulator.dial(grace.phone(), HOTLINE, CallScript.of(press("7")));

        assertThat(sender.heard()).contains("You have no messages.").doesNotContain("[audio]");
        assertThat(outsider.heard()).contains("You have no messages.").doesNotContain("[audio]");
        for (CallTranscript member : List.of(graceHears, bobHears)) {
            assertThat(member.heard())
                    .contains(
                            "You have one message.",
                            "Message from Ada Lovelace, for the team Electricians.",
                            "[audio] " + recordingUrl);
        }
        assertThat(graceAgain.heard()).contains("You have no messages.").doesNotContain("[audio]");
        JsonNode listed = operatorList(incident);
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("toRole").asString()).isEqualTo("Electricians");
        assertThat(listed.get(0).get("toPersonId").isNull()).isTrue();
    }

    @Test
    void aWrongTeamKeyRecordsNothingAndAForgedTeamCallbackIsRefused() {
        UUID incident = UUID.randomUUID();
        Person ada = asked(incident, "Ada Lovelace", "Electricians");

        CallTranscript wrong = simulator.dial(ada.phone(), HOTLINE, CallScript.of(press("6"), press("2"), press("5")));
        assertThat(wrong.heard()).contains("Sorry, there is no such team in this incident.");
        assertThat(wrong.lines()).noneMatch(line -> line.text().startsWith("recorded"));

        Map<String, String> recording = Map.of(
                "CallSid", "CA" + "1".repeat(32),
                "RecordingSid", "RE" + "2".repeat(32),
                "RecordingUrl", "https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/RE" + "2".repeat(32),
                "RecordingStatus", "completed");
        String status = "/webhooks/twilio/hotline/team-status?person=" + ada.id() + "&incident=" + incident
                + "&role=Electricians";
        post(status, recording, null).expectStatus().isForbidden();
        postSigned(status, recording, "forged-token").expectStatus().isForbidden();
        postSigned(status.replace("&role=Electricians", "&role=" + "x".repeat(201)), recording, TOKEN)
                .expectStatus()
                .isBadRequest();
        assertThat(operatorList(incident)).isEmpty();
    }

    private record Person(UUID id, String phone, String digits) {}

    private Person asked(UUID incident, String name, String... roles) {
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
        ArrayNode roleList = event.putArray("roles");
        for (String role : roles) {
            roleList.add(role);
        }
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
