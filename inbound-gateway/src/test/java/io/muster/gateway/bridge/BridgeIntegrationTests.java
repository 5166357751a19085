package io.muster.gateway.bridge;

import static io.muster.gateway.NotificationRequestFixture.openRequestTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.twilio.http.NetworkHttpClient;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.type.PhoneNumber;
import io.muster.contracts.ContractSamples;
import io.muster.gateway.GatewayIntegrationTest;
import io.muster.gateway.NotificationRequestFixture;
import io.muster.simulator.CallScript;
import io.muster.simulator.CallTranscript;
import io.muster.simulator.PhoneMessage;
import io.muster.simulator.PhoneSimulator;
import io.muster.simulator.SimConference;
import io.muster.simulator.SimulatorSettings;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.hc.client5.http.HttpRoute;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.core5.http.HttpHost;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The crisis bridge on the real gateway, Kafka and PostgreSQL, with the phone simulator as Twilio: people join
 * from their alert call's keypad and from the hotline, operators see who is on it and ring a missing member in.
 */
class BridgeIntegrationTests extends GatewayIntegrationTest {

    private static final String HOTLINE = "+15550000100";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static PhoneSimulator simulator;

    @Autowired
    private DatabaseClient db;

    @Autowired
    private BridgeNames names;

    private final TwilioRestClient twilio = new TwilioRestClient.Builder(ACCOUNT_SID, TOKEN)
            .httpClient(new NetworkHttpClient(HttpClientBuilder.create()
                    .disableAutomaticRetries()
                    .setRoutePlanner(
                            (target, context) -> new HttpRoute(new HttpHost("http", "127.0.0.1", TWILIO_API_PORT)))))
            .build();

    @BeforeAll
    static void startSimulator() {
        simulator = PhoneSimulator.start(SimulatorSettings.builder()
                .port(TWILIO_API_PORT)
                .account(ACCOUNT_SID, TOKEN)
                .incomingNumber(HOTLINE, BASE_URL + "/webhooks/twilio/voice/inbound")
                .inputTimeoutCap(Duration.ofSeconds(5))
                .build());
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    @Test
    void twoPeopleJoinTheBridgeOneFromTheirAlertCallOneFromTheHotlineAndTheApiShowsBoth() {
        UUID incident = UUID.randomUUID();
        var ada = invited(incident, "Ada Lovelace", "E-" + digits());
        var grace = invited(incident, "Grace Hopper", "E-" + digits());

        placeAlertCall(ada);
        await().atMost(PUBLISHED).until(() -> simulator.inbox(ada.phone()).stream()
                .map(PhoneMessage::body)
                .anyMatch(said -> said.contains("To join the crisis bridge, press 8.")));
        assertThat(simulator.pressKeys(ada.phone(), "8").status()).isEqualTo(200);
        CallTranscript hotline = simulator.dial(grace.phone(), HOTLINE, CallScript.of(CallScript.Step.press("8")));

        assertThat(hotline.heard())
                .contains("To join the crisis bridge, press 8.", "Connecting you to the crisis bridge.");
        String bridge = names.of(incident);
        await().atMost(PUBLISHED)
                .until(() -> present(bridge), phones -> phones.containsAll(List.of(ada.phone(), grace.phone())));
        JsonNode view = await().atMost(PUBLISHED)
                .until(() -> bridgeOf(incident), json -> json.get("onBridge").size() == 2);
        assertThat(view.get("onBridge").findValuesAsString("personId"))
                .containsExactlyInAnyOrder(
                        ada.personId().toString(), grace.personId().toString());
        assertThat(view.get("onBridge").findValuesAsString("name"))
                .containsExactlyInAnyOrder("Ada Lovelace", "Grace Hopper");
        assertThat(view.get("onBridge").findValuesAsString("number"))
                .allMatch(number -> number.matches("\\+\\*+\\d\\d"));
        assertThat(view.toString()).doesNotContain(ada.phone(), grace.phone());

        simulator.hangUp(callOf(bridge, ada.phone()));

        JsonNode after = await().atMost(PUBLISHED)
                .until(() -> bridgeOf(incident), json -> json.get("onBridge").size() == 1);
        assertThat(after.get("onBridge").get(0).get("personId").asString())
                .isEqualTo(grace.personId().toString());
        assertThat(after.get("history").findValuesAsString("event")).containsExactly("JOINED", "JOINED", "LEFT");
        simulator.hangUp(callOf(bridge, grace.phone()));
    }

    @Test
    void aMemberRungInJoinsTheBridgeOncePerRequestKey() {
        UUID incident = UUID.randomUUID();
        String employeeId = "E-" + digits();
        var linus = invited(incident, "Linus Torvalds", employeeId);
        String key = "ring-" + UUID.randomUUID();

        JsonNode rung = ringIn(incident, key, employeeId, 202);
        JsonNode again = ringIn(incident, key, employeeId, 202);

        assertThat(rung.get("callSid").asString()).matches("CA[0-9a-f]{32}");
        assertThat(again.get("callSid").asString())
                .isEqualTo(rung.get("callSid").asString());
        assertThat(rung.get("number").asString())
                .doesNotContain(linus.phone())
                .endsWith(linus.phone().substring(10));
        String bridge = names.of(incident);
        await().atMost(PUBLISHED).until(() -> present(bridge), phones -> phones.contains(linus.phone()));
        JsonNode view = await().atMost(PUBLISHED)
                .until(() -> bridgeOf(incident), json -> json.get("onBridge").size() == 1);
        assertThat(view.get("onBridge").get(0).get("name").asString()).isEqualTo("Linus Torvalds");
        assertThat(Call.reader().setTo(new PhoneNumber(linus.phone())).read(twilio))
                .hasSize(1);
        assertThat(simulator
                        .transcript(rung.get("callSid").asString())
                        .orElseThrow()
                        .heard())
                .contains("You are being connected to the crisis bridge");
        simulator.hangUp(rung.get("callSid").asString());
    }

    @Test
    void ringingInRefusesAReusedKeyAnUnknownMemberAndAMissingKey() {
        UUID incident = UUID.randomUUID();
        String first = "E-" + digits();
        String second = "E-" + digits();
        invited(incident, "Ada Lovelace", first);
        invited(incident, "Grace Hopper", second);
        String key = "ring-" + UUID.randomUUID();
        JsonNode rung = ringIn(incident, key, first, 202);

        assertThat(ringIn(incident, key, second, 409).get("type").asString())
                .isEqualTo("urn:muster:problem:idempotency-key-reused");
        assertThat(ringIn(incident, "ring-" + UUID.randomUUID(), "E-999999999", 404)
                        .get("type")
                        .asString())
                .isEqualTo("urn:muster:problem:bridge-member-not-found");
        assertThat(ringIn(UUID.randomUUID(), "ring-" + UUID.randomUUID(), first, 404)
                        .get("type")
                        .asString())
                .isEqualTo("urn:muster:problem:bridge-member-not-found");
        assertThat(ringIn(incident, null, first, 400).get("type").asString())
                .isEqualTo("urn:muster:problem:bad-request");
        await().atMost(PUBLISHED).until(() -> present(names.of(incident)), phones -> !phones.isEmpty());
        simulator.hangUp(rung.get("callSid").asString());
    }

    @Test
    void conferenceCallbacksThatAreUnsignedForgedOrForAnotherBridgeAreRefusedAndRecordNothing() {
        UUID incident = UUID.randomUUID();
        var ada = invited(incident, "Ada Lovelace", "E-" + digits());
        String path = "/webhooks/twilio/bridge/status?incident=" + incident + "&person=" + ada.personId();
        Map<String, String> join = Map.of(
                "AccountSid",
                ACCOUNT_SID,
                "ConferenceSid",
                "CF" + "0".repeat(32),
                "FriendlyName",
                names.of(incident),
                "StatusCallbackEvent",
                "participant-join",
                "CallSid",
                "CA" + "1".repeat(32));
        Map<String, String> otherBridge = new java.util.HashMap<>(join);
        otherBridge.put("FriendlyName", names.of(UUID.randomUUID()));

        post(path, join, null).expectStatus().isForbidden();
        postSigned(path, join, "not-the-auth-token").expectStatus().isForbidden();
        postSigned(path, otherBridge, TOKEN)
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:bad-request");
        postSigned("/webhooks/twilio/bridge/status?incident=not-a-uuid&person=" + ada.personId(), join, TOKEN)
                .expectStatus()
                .isBadRequest();

        assertThat(bridgeOf(incident).get("history").size()).isZero();
        postSigned(path, join, TOKEN).expectStatus().isNoContent();
        postSigned(path, join, TOKEN).expectStatus().isNoContent();
        assertThat(bridgeOf(incident).get("history").size()).isOne();
    }

    @Test
    void eachJoinAndLeaveIsPublishedToTheIncidentServiceOncePerCallAndEvent() {
        UUID incident = UUID.randomUUID();
        var ada = invited(incident, "Ada Lovelace", "E-" + digits());
        String path = "/webhooks/twilio/bridge/status?incident=" + incident + "&person=" + ada.personId();
        String callSid = "CA" + UUID.randomUUID().toString().replace("-", "");
        Map<String, String> join = conferenceCallback(incident, callSid, "participant-join");
        Map<String, String> leave = conferenceCallback(incident, callSid, "participant-leave");

        List<JsonNode> published;
        try (var probe = probe("muster.reply.v1")) {
            postSigned(path, join, TOKEN).expectStatus().isNoContent();
            postSigned(path, join, TOKEN).expectStatus().isNoContent();
            postSigned(path, leave, TOKEN).expectStatus().isNoContent();
            postSigned(path, leave, TOKEN).expectStatus().isNoContent();
            probe.awaitRecord(r -> r.value().contains(callSid) && r.value().contains("\"LEFT\""), PUBLISHED);
            published = probe
                    .recordsWithin(
                            r -> r.value().contains("\"type\":\"BridgeParticipantChanged\"")
                                    && r.value().contains(callSid),
                            QUIET)
                    .stream()
                    .peek(r -> assertThat(r.key()).isEqualTo(incident.toString()))
                    .map(r -> JSON.readTree(r.value()))
                    .toList();
        }

        assertThat(published).extracting(e -> e.get("event").asString()).containsExactly("JOINED", "LEFT");
        assertThat(published).allSatisfy(event -> {
            assertThat(event.get("version").asInt()).isEqualTo(1);
            assertThat(event.get("incidentId").asString()).isEqualTo(incident.toString());
            assertThat(event.get("personId").asString())
                    .isEqualTo(ada.personId().toString());
            assertThat(event.get("exercise").asBoolean()).isFalse();
        });
        assertThat(published.get(0).get("at").asString()).isEqualTo("2026-11-21T09:31:00Z");
    }

    @Test
    void aMemberTheIncidentServiceAsksForIsRungInOncePerRequestHoweverOftenTheRequestComes() {
        UUID incident = UUID.randomUUID();
        var linus = invited(incident, "Linus Torvalds", "E-" + digits());
        String request = bridgeCallRequested(UUID.randomUUID(), incident, linus.personId());

        kafka.send("muster.bridge-call.v1", incident.toString(), request).join();
        kafka.send("muster.bridge-call.v1", incident.toString(), request).join();

        String bridge = names.of(incident);
        await().atMost(PUBLISHED).until(() -> present(bridge), phones -> phones.contains(linus.phone()));
        await().during(QUIET).atMost(QUIET.multipliedBy(3)).until(() -> callsTo(linus.phone()), calls -> calls == 1);
        assertThat(bridgeOf(incident).get("onBridge").findValuesAsString("name"))
                .containsExactly("Linus Torvalds");
        simulator.hangUp(callOf(bridge, linus.phone()));
    }

    @Test
    void aRequestedCallThatCannotBePlacedIsReportedBackAndAnUnreadableRequestIsDeadLettered() {
        UUID incident = UUID.randomUUID();
        invited(incident, "Ada Lovelace", "E-" + digits());
        UUID stranger = UUID.randomUUID();
        UUID requestId = UUID.randomUUID();

        JsonNode failed;
        try (var probe = probe("muster.reply.v1", "muster.bridge-call.v1.DLT")) {
            kafka.send("muster.bridge-call.v1", incident.toString(), bridgeCallRequested(requestId, incident, stranger))
                    .join();
            kafka.send("muster.bridge-call.v1", incident.toString(), "{\"type\":\"BridgeCallRequested\"")
                    .join();
            failed = JSON.readTree(probe.awaitRecord(
                            r -> r.value().contains("\"type\":\"BridgeCallFailed\"")
                                    && r.value().contains(requestId.toString()),
                            PUBLISHED)
                    .value());
            probe.awaitRecord(r -> r.topic().endsWith(".DLT") && r.key().equals(incident.toString()), PUBLISHED);
        }

        assertThat(failed.get("incidentId").asString()).isEqualTo(incident.toString());
        assertThat(failed.get("personId").asString()).isEqualTo(stranger.toString());
        assertThat(failed.get("reason").asString()).isEqualTo("bridge-member-not-found");
    }

    @Test
    void theBridgeApiNeedsAnOperatorAndAnswersProblemsForUnknownIncidents() {
        client.get()
                .uri("/api/incidents/" + UUID.randomUUID() + "/bridge")
                .exchange()
                .expectStatus()
                .isUnauthorized();
        client.get()
                .uri("/api/incidents/" + UUID.randomUUID() + "/bridge")
                .headers(h -> h.setBasicAuth("operator", STAFF_PASSWORD))
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:bridge-not-found");
        client.get()
                .uri("/api/incidents/not-an-id/bridge")
                .headers(h -> h.setBasicAuth("operator", STAFF_PASSWORD))
                .exchange()
                .expectStatus()
                .isBadRequest();
        client.post()
                .uri("/api/incidents/" + UUID.randomUUID() + "/bridge/calls")
                .headers(h -> h.setBasicAuth("hr", STAFF_PASSWORD))
                .header("Idempotency-Key", "ring-" + UUID.randomUUID())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"employeeId\":\"E-1\"}")
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    @Test
    void anAlertWithoutTheBridgeOffersNoBridgeAndItsKeyJoinsNothing() {
        var plain = openRequestTo(newPhoneNumber(), "47").publishedAndIndexed(kafka, openRequests);
        String token = tokenFor(plain);

        String twiml = signedTwiml("/webhooks/twilio/voice/twiml?token=" + token, callParams(plain));
        String pressed = signedTwiml(
                "/webhooks/twilio/voice/gather?token=" + token + "&prompt=1", withDigits(callParams(plain), "8"));

        assertThat(twiml).doesNotContain("crisis bridge");
        assertThat(pressed).doesNotContain("<Conference").doesNotContain("<Dial");
    }

    private NotificationRequestFixture invited(UUID incident, String name, String employeeId) {
        var base = openRequestTo(newPhoneNumber(), "47");
        var request = new NotificationRequestFixture(
                base.notificationId(),
                incident,
                base.personId(),
                base.phone(),
                "47",
                "Fire alarm at Riverside",
                false,
                base.expiresAt(),
                "en");
        ObjectNode event = (ObjectNode) JSON.readTree(request.json());
        event.put("bridge", true);
        event.put("displayName", name);
        event.put("employeeId", employeeId);
        kafka.send(
                        "muster.notification-request.priority.v1",
                        request.personId().toString(),
                        JSON.writeValueAsString(event))
                .join();
        await().atMost(PUBLISHED)
                .until(() -> indexed("bridge_members", request.notificationId())
                        && indexed("hotline_requests", request.notificationId())
                        && openRequests
                                .byNotificationId(request.notificationId())
                                .blockOptional()
                                .isPresent());
        return request;
    }

    private Map<String, String> conferenceCallback(UUID incident, String callSid, String event) {
        return Map.of(
                "AccountSid",
                ACCOUNT_SID,
                "ConferenceSid",
                "CF" + "0".repeat(32),
                "FriendlyName",
                names.of(incident),
                "StatusCallbackEvent",
                event,
                "CallSid",
                callSid,
                "Timestamp",
                event.endsWith("join") ? "Sat, 21 Nov 2026 09:31:00 +0000" : "Sat, 21 Nov 2026 09:40:00 +0000");
    }

    private long callsTo(String phone) {
        long calls = 0;
        for (Call call : Call.reader().setTo(new PhoneNumber(phone)).read(twilio)) {
            calls++;
        }
        return calls;
    }

    /** As the incident-service writes it (BridgeCallRequested v1, the golden sample). */
    private static String bridgeCallRequested(UUID requestId, UUID incident, UUID person) {
        ObjectNode request = (ObjectNode) JSON.readTree(ContractSamples.json("BridgeCallRequested", 1));
        request.put("eventId", requestId.toString());
        request.put("incidentId", incident.toString());
        request.put("personId", person.toString());
        return JSON.writeValueAsString(request);
    }

    /** {@code table} is one of ours, never input. */
    private boolean indexed(String table, UUID notificationId) {
        return db.sql("select 1 from " + table + " where notification_id = :id")
                .bind("id", notificationId)
                .map(row -> true)
                .first()
                .blockOptional()
                .isPresent();
    }

    private void placeAlertCall(NotificationRequestFixture request) {
        Call.creator(
                        new PhoneNumber(request.phone()),
                        new PhoneNumber(BRIDGE_CALLER_ID),
                        URI.create(BASE_URL + "/webhooks/twilio/voice/twiml?token=" + tokenFor(request)))
                .create(twilio);
    }

    private static List<String> present(String bridge) {
        return simulator.conference(bridge).map(SimConference::presentPhones).orElse(List.of());
    }

    private static String callOf(String bridge, String phone) {
        return simulator.conference(bridge).orElseThrow().participants().stream()
                .filter(p -> p.phone().equals(phone) && p.present())
                .map(SimConference.Participant::callSid)
                .findFirst()
                .orElseThrow();
    }

    private JsonNode bridgeOf(UUID incident) {
        String body = client.get()
                .uri("/api/incidents/" + incident + "/bridge")
                .headers(h -> h.setBasicAuth("commander", STAFF_PASSWORD))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        return JSON.readTree(body);
    }

    private JsonNode ringIn(UUID incident, String key, String employeeId, int status) {
        var request = client.post()
                .uri("/api/incidents/" + incident + "/bridge/calls")
                .headers(h -> h.setBasicAuth("commander", STAFF_PASSWORD));
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        String body = request.contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"employeeId\":\"" + employeeId + "\"}")
                .exchange()
                .expectStatus()
                .isEqualTo(status)
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        return JSON.readTree(body);
    }

    private static Map<String, String> callParams(NotificationRequestFixture request) {
        return Map.of(
                "CallSid",
                "CA" + UUID.randomUUID().toString().replace("-", ""),
                "AccountSid",
                ACCOUNT_SID,
                "From",
                BRIDGE_CALLER_ID,
                "To",
                request.phone(),
                "CallStatus",
                "in-progress");
    }

    private static Map<String, String> withDigits(Map<String, String> params, String digits) {
        Map<String, String> pressed = new java.util.HashMap<>(params);
        pressed.put("Digits", digits);
        return pressed;
    }

    private static String digits() {
        return String.valueOf(
                100_000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(900_000));
    }
}
