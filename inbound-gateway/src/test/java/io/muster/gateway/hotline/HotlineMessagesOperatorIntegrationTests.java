package io.muster.gateway.hotline;

import static io.muster.simulator.CallScript.Step.press;
import static io.muster.simulator.CallScript.Step.say;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.muster.gateway.GatewayIntegrationTest;
import io.muster.gateway.hotline.HotlineFixtures.Requested;
import io.muster.gateway.incident.Incidents;
import io.muster.simulator.CallScript;
import io.muster.simulator.CallTranscript;
import io.muster.simulator.PhoneSimulator;
import io.muster.simulator.SimulatorSettings;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Unidentified callers' messages: operators list them and attach them to a person and incident by hand. */
class HotlineMessagesOperatorIntegrationTests extends GatewayIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private HotlineRequests requests;

    @Autowired
    private Incidents incidents;

    @Autowired
    private DatabaseClient db;

    private PhoneSimulator simulator;
    private HotlineFixtures fixtures;

    @BeforeEach
    void start() {
        simulator = PhoneSimulator.start(SimulatorSettings.builder()
                .port(0)
                .account(HotlineIntegrationTests.ACCOUNT, TOKEN)
                .incomingNumber(HotlineIntegrationTests.HOTLINE, BASE_URL + "/webhooks/twilio/voice/inbound")
                .inputTimeoutCap(Duration.ofSeconds(2))
                .build());
        fixtures = new HotlineFixtures(kafka, requests, incidents);
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void anOperatorSeesAnUnidentifiedCallersMessageAndAttachesItToThePersonsIncident() {
        String caller = newPhoneNumber();
        String recording = unidentifiedMessage(caller, "This is Jean from accounts, I am stuck on floor 3");
        UUID incident = fixtures.declared("Fire alarm at Riverside");
        Requested jean = fixtures.requested(incident, UUID.randomUUID(), newPhoneNumber(), "E-7");

        JsonNode listed = item(list("commander", "?attached=false&size=100"), recording);
        assertThat(listed.get("from").asString()).isEqualTo(masked(caller));
        assertThat(listed.get("attached").asBoolean()).isFalse();
        assertThat(listed.get("recordingUrl").asString()).contains("/Recordings/" + recording);
        assertThat(listed.get("durationSeconds").asInt()).isPositive();

        try (var probe = probe("muster.reply.v1")) {
            JsonNode attached =
                    read(attach("hr", recording, body(jean.personId(), incident, "Jean, identified by voice"))
                            .expectStatus()
                            .isOk());
            assertThat(attached.get("attached").asBoolean()).isTrue();
            assertThat(attached.get("attachedBy").asString()).isEqualTo("hr");
            assertThat(attached.get("personId").asString())
                    .isEqualTo(jean.personId().toString());
            assertThat(attached.get("incidentId").asString()).isEqualTo(incident.toString());
            assertThat(attached.get("comment").asString()).isEqualTo("Jean, identified by voice");

            JsonNode event = JSON.readTree(probe.awaitRecord(
                            record -> record.value().contains("\"type\":\"HotlineMessageRecorded\"")
                                    && record.value().contains(recording),
                            PUBLISHED)
                    .value());
            assertThat(event.get("incidentId").asString()).isEqualTo(incident.toString());
            assertThat(event.get("personId").asString())
                    .isEqualTo(jean.personId().toString());
            assertThat(event.get("callerNumber").asString()).isEqualTo(caller);
            assertThat(event.get("recordingUrl").asString())
                    .isEqualTo(listed.get("recordingUrl").asString());
        }
        assertThat(item(list("operator", "?attached=true&size=100"), recording)
                        .get("attachedBy")
                        .asString())
                .isEqualTo("hr");
        assertThat(list("operator", "?attached=false&size=100").toString()).doesNotContain(recording);
        attach("operator", recording, body(jean.personId(), incident, null))
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:already-attached");
    }

    @Test
    void aMessageIsAttachedOnlyToSomeoneWhoWasAskedAboutThatIncident() {
        String recording = unidentifiedMessage(newPhoneNumber(), "Hello?");
        UUID incident = fixtures.declared("Flood at Northgate");

        attach("operator", recording, body(UUID.randomUUID(), incident, null))
                .expectStatus()
                .isEqualTo(422)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:person-not-in-incident");
        assertThat(item(list("operator", "?attached=false&size=100"), recording)
                        .get("attached")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void badRequestsGetProblemsAndChangeNothing() {
        String recording = unidentifiedMessage(newPhoneNumber(), "Hello?");

        attach("operator", recording, Map.of("comment", "x".repeat(1001)))
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:validation")
                .jsonPath("$.errors.length()")
                .isEqualTo(3);
        attach("operator", "RE" + "0".repeat(32), body(UUID.randomUUID(), UUID.randomUUID(), null))
                .expectStatus()
                .isNotFound()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:hotline-message-not-found");
        attach("operator", "not-a-recording-sid", body(UUID.randomUUID(), UUID.randomUUID(), null))
                .expectStatus()
                .isNotFound();
        as("operator")
                .get()
                .uri("/api/hotline-messages?size=101")
                .exchange()
                .expectStatus()
                .isBadRequest();
        attach("commander", recording, body(UUID.randomUUID(), UUID.randomUUID(), null))
                .expectStatus()
                .isForbidden();
        client.get().uri("/api/hotline-messages").exchange().expectStatus().isUnauthorized();
        assertThat(item(list("operator", "?attached=false&size=100"), recording)
                        .get("attached")
                        .asBoolean())
                .isFalse();
    }

    /** An unknown caller fails identification twice and leaves a message; returns its RecordingSid once kept. */
    private String unidentifiedMessage(String caller, String words) {
        CallTranscript call = simulator.dial(
                caller,
                HotlineIntegrationTests.HOTLINE,
                CallScript.of(
                        press("90000001#"), press("11111111#"), press("90000002#"), press("22222222#"), say(words)));
        return await().atMost(PUBLISHED)
                .until(
                        () -> db.sql("select recording_sid from hotline_messages where call_sid = :call")
                                .bind("call", call.callSid())
                                .map(row -> row.get("recording_sid", String.class))
                                .one()
                                .blockOptional()
                                .orElse(null),
                        sid -> sid != null);
    }

    private static Map<String, Object> body(UUID person, UUID incident, String comment) {
        Map<String, Object> body = new HashMap<>();
        body.put("personId", person.toString());
        body.put("incidentId", incident.toString());
        if (comment != null) {
            body.put("comment", comment);
        }
        return body;
    }

    private JsonNode list(String user, String query) {
        return read(as(user).get()
                .uri("/api/hotline-messages" + query)
                .exchange()
                .expectStatus()
                .isOk());
    }

    private static JsonNode item(JsonNode page, String recording) {
        for (JsonNode item : page.get("items")) {
            if (item.get("recordingSid").asString().equals(recording)) {
                return item;
            }
        }
        throw new AssertionError("No message " + recording + " in " + page);
    }

    private WebTestClient.ResponseSpec attach(String user, String recording, Map<String, ?> body) {
        return as(user).post()
                .uri("/api/hotline-messages/" + recording + "/attach")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }

    private static JsonNode read(WebTestClient.ResponseSpec response) {
        return JSON.readTree(response.expectBody(String.class).returnResult().getResponseBody());
    }

    private WebTestClient as(String user) {
        return client.mutate()
                .defaultHeaders(h -> h.setBasicAuth(user, STAFF_PASSWORD))
                .build();
    }

    private static String masked(String phone) {
        return "+" + "*".repeat(phone.length() - 3) + phone.substring(phone.length() - 2);
    }
}
