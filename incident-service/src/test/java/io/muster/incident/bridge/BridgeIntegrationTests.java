package io.muster.incident.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.muster.contracts.ContractSamples;
import io.muster.incident.Declaring;
import io.muster.incident.Fixtures;
import io.muster.incident.Fixtures.TestPerson;
import io.muster.incident.IncidentServiceIntegrationTest;
import io.muster.testkit.TestServers;
import io.muster.testkit.TopicProbe;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The incident-service's half of the crisis bridge, on the real replies topic and PostgreSQL: the gateway's joins
 * and leaves are kept once and shown with the invited members; a commander rings a missing member in once per
 * Idempotency-Key (one BridgeCallRequested through the outbox, audited), and a failure the gateway reports is shown.
 */
@IncidentServiceIntegrationTest
class BridgeIntegrationTests {

    private static final String PASSWORD = IncidentServiceIntegrationTest.PASSWORD;
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String CALLS = "muster.bridge-call.v1";

    @Autowired
    WebTestClient http;

    @Autowired
    JdbcClient db;

    @Autowired
    KafkaTemplate<String, String> kafka;

    private final JsonMapper json = JsonMapper.shared();

    private UUID incident;
    private TestPerson ada;
    private TestPerson grace;
    private TestPerson linus;

    @BeforeEach
    void anIncidentThatInvitesThreePeopleToItsBridge() {
        http = http.mutate().responseTimeout(WAIT).build();
        String role = Fixtures.freshRole();
        var people = new Fixtures(db).peopleInRole(role, 3);
        ada = people.get(0);
        grace = people.get(1);
        linus = people.get(2);
        incident = UUID.fromString(
                Declaring.toRole(http, role, "Bridge " + UUID.randomUUID(), "HIGH", WAIT, Map.of("bridge", true)));
    }

    @Test
    void joinsAndLeavesFromTheGatewayAreKeptOnceAndShownWithTheInvitedMembers() {
        Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS).minusSeconds(60);
        String adaCall = callSid();
        String graceCall = callSid();
        ObjectNode adaJoined = change(ada, adaCall, "JOINED", start);

        publish(adaJoined);
        publish(change(grace, graceCall, "JOINED", start.plusSeconds(5)));
        publish(adaJoined);
        publish(change(grace, graceCall, "LEFT", start.plusSeconds(20)));

        JsonNode bridge = await().atMost(WAIT)
                .until(() -> bridge("commander"), view -> view.get("history").size() == 3);
        assertThat(bridge.get("onBridge").findValuesAsString("personId"))
                .containsExactly(ada.id().toString());
        assertThat(bridge.get("onBridge").get(0).get("name").asString()).isEqualTo("Test " + ada.employeeId());
        assertThat(bridge.get("history").findValuesAsString("event")).containsExactly("JOINED", "JOINED", "LEFT");
        assertThat(bridge.get("members").findValuesAsString("personId"))
                .containsExactlyInAnyOrder(
                        ada.id().toString(), grace.id().toString(), linus.id().toString());
        JsonNode adaMember = member(bridge, ada);
        assertThat(adaMember.get("onBridge").asBoolean()).isTrue();
        assertThat(Instant.parse(adaMember.get("since").asString())).isEqualTo(start);
        assertThat(member(bridge, grace).get("onBridge").asBoolean()).isFalse();
        assertThat(bridge.toString()).doesNotContain(ada.phone(), grace.phone());
        assertThat(bridge("hr").get("onBridge").size()).isOne();
        assertThat(bridge("admin").get("onBridge").size()).isOne();
        for (String login : List.of("employee", "spokesperson")) {
            get(login).expectStatus().isForbidden();
        }
    }

    @Test
    void aCommanderRingsAMissingMemberInOncePerKeyAndSeesAFailureTheGatewayReports() {
        String key = "ring-" + UUID.randomUUID();
        JsonNode first;
        List<ConsumerRecord<String, String>> requested;
        try (TopicProbe probe = TopicProbe.on(TestServers.shared().kafkaBootstrapServers(), CALLS)) {
            first = json.readTree(ring("commander", key, linus.id().toString())
                    .expectStatus()
                    .isAccepted()
                    .expectHeader()
                    .valueEquals("Idempotent-Replayed", "false")
                    .expectBody()
                    .returnResult()
                    .getResponseBody());
            JsonNode again = json.readTree(ring("commander", key, linus.id().toString())
                    .expectStatus()
                    .isAccepted()
                    .expectHeader()
                    .valueEquals("Idempotent-Replayed", "true")
                    .expectBody()
                    .returnResult()
                    .getResponseBody());
            assertThat(again.get("requestId")).isEqualTo(first.get("requestId"));
            probe.awaitRecord(r -> r.value().contains(first.get("requestId").asString()), WAIT);
            requested = probe.recordsWithin(r -> r.key().equals(incident.toString()), Duration.ofSeconds(2));
        }

        assertThat(requested).hasSize(1);
        JsonNode event = json.readTree(requested.get(0).value());
        JsonNode golden = json.readTree(ContractSamples.json("BridgeCallRequested", 1));
        assertThat(event.propertyNames()).containsExactlyInAnyOrderElementsOf(golden.propertyNames());
        assertThat(event.get("type").asString()).isEqualTo("BridgeCallRequested");
        assertThat(event.get("eventId")).isEqualTo(first.get("requestId"));
        assertThat(event.get("personId").asString()).isEqualTo(linus.id().toString());
        assertThat(event.get("employeeId").asString()).isEqualTo(linus.employeeId());
        assertThat(event.get("requestedBy").asString()).isEqualTo("commander");
        assertThat(db.sql(
                                "SELECT count(*) FROM audit_log WHERE incident_id = ? AND action = 'BRIDGE_RING_IN_REQUESTED'")
                        .param(incident)
                        .query(Integer.class)
                        .single())
                .isOne();
        assertThat(member(bridge("commander"), linus)
                        .get("ringIn")
                        .get("status")
                        .asString())
                .isEqualTo("RINGING");

        ObjectNode failed = (ObjectNode) json.readTree(ContractSamples.json("BridgeCallFailed", 1));
        failed.put("eventId", UUID.randomUUID().toString());
        failed.put("incidentId", incident.toString());
        failed.put("requestId", first.get("requestId").asString());
        failed.put("personId", linus.id().toString());
        publish(failed);

        JsonNode ringIn = await().atMost(WAIT)
                .until(() -> member(bridge("commander"), linus).get("ringIn"), r -> "FAILED"
                        .equals(r.get("status").asString()));
        assertThat(ringIn.get("reason").asString()).isEqualTo("bridge-call-failed");
    }

    @Test
    void ringingInRefusesAReusedKeyAMissingKeyAStrangerAndWhoeverMayNot() {
        String key = "ring-" + UUID.randomUUID();
        ring("commander", key, ada.id().toString()).expectStatus().isAccepted();

        problem(ring("commander", key, grace.id().toString()), 409, "idempotency-key-reused");
        problem(ring("commander", null, grace.id().toString()), 400, "validation");
        problem(ring("commander", "short", grace.id().toString()), 400, "validation");
        problem(
                ring("commander", "ring-" + UUID.randomUUID(), UUID.randomUUID().toString()),
                404,
                "bridge-member-not-found");
        problem(ring("commander", "ring-" + UUID.randomUUID(), "not-a-uuid"), 400, null);
        ring("hr", "ring-" + UUID.randomUUID(), grace.id().toString())
                .expectStatus()
                .isForbidden();
        ring("ops-team", "ring-" + UUID.randomUUID(), grace.id().toString())
                .expectStatus()
                .is4xxClientError();
        assertThat(db.sql("SELECT count(*) FROM bridge_ring_ins WHERE incident_id = ?")
                        .param(incident)
                        .query(Integer.class)
                        .single())
                .isOne();
    }

    @Test
    void anIncidentWithoutABridgeAnUnknownOneAndAMalformedIdHaveNone() {
        String role = Fixtures.freshRole();
        new Fixtures(db).peopleInRole(role, 1);
        UUID plain = UUID.fromString(Declaring.toRole(http, role, "Plain " + UUID.randomUUID(), "HIGH", WAIT));

        problem(
                http.get()
                        .uri("/api/incidents/{id}/bridge", plain)
                        .headers(h -> h.setBasicAuth("commander", PASSWORD))
                        .exchange(),
                404,
                "bridge-not-found");
        problem(
                http.get()
                        .uri("/api/incidents/{id}/bridge", UUID.randomUUID())
                        .headers(h -> h.setBasicAuth("commander", PASSWORD))
                        .exchange(),
                404,
                "incident-not-found");
        http.get()
                .uri("/api/incidents/not-an-id/bridge")
                .headers(h -> h.setBasicAuth("commander", PASSWORD))
                .exchange()
                .expectStatus()
                .isBadRequest();
        UUID saved = incident;
        incident = plain;
        problem(ring("commander", "ring-" + UUID.randomUUID(), ada.id().toString()), 404, "bridge-not-found");
        incident = saved;
    }

    @Test
    void aChangeForAnUnknownIncidentOrWithoutItsIdsGoesToTheDeadLetterTopicWithTheReason() {
        ObjectNode unknown = change(ada, callSid(), "JOINED", Instant.now());
        unknown.put("incidentId", UUID.randomUUID().toString());
        ObjectNode noCall = change(ada, callSid(), "JOINED", Instant.now());
        noCall.remove("callSid");
        try (TopicProbe deadLetters =
                TopicProbe.on(TestServers.shared().kafkaBootstrapServers(), "muster.reply.v1.DLT")) {
            publish(unknown);
            publish(noCall);

            deadLetters.awaitRecord(
                    r -> r.value().contains(unknown.get("eventId").asString())
                            && reason(r).contains("unknown incident"),
                    WAIT);
            deadLetters.awaitRecord(
                    r -> r.value().contains(noCall.get("eventId").asString())
                            && reason(r).contains("callSid"),
                    WAIT);
        }
        assertThat(bridge("commander").get("history").size()).isZero();
    }

    private JsonNode bridge(String login) {
        return json.readTree(
                get(login).expectStatus().isOk().expectBody().returnResult().getResponseBody());
    }

    private WebTestClient.ResponseSpec get(String login) {
        return http.get()
                .uri("/api/incidents/{id}/bridge", incident)
                .headers(h -> h.setBasicAuth(login, PASSWORD))
                .exchange();
    }

    private WebTestClient.ResponseSpec ring(String login, String key, String personId) {
        return http.post()
                .uri("/api/incidents/{id}/bridge/calls", incident)
                .headers(h -> {
                    h.setBasicAuth(login, PASSWORD);
                    if (key != null) {
                        h.set("Idempotency-Key", key);
                    }
                })
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"personId\":\"" + personId + "\"}")
                .exchange();
    }

    private void problem(WebTestClient.ResponseSpec response, int status, String slug) {
        JsonNode problem = json.readTree(response.expectStatus()
                .isEqualTo(status)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .returnResult()
                .getResponseBody());
        if (slug != null) {
            assertThat(problem.get("type").asString()).isEqualTo("urn:muster:problem:" + slug);
        }
        assertThat(problem.toString()).doesNotContain("Exception", "at io.muster");
    }

    private static JsonNode member(JsonNode bridge, TestPerson person) {
        for (JsonNode member : bridge.get("members")) {
            if (member.get("personId").asString().equals(person.id().toString())) {
                return member;
            }
        }
        throw new AssertionError("Not a member: " + person.id());
    }

    private ObjectNode change(TestPerson person, String callSid, String event, Instant at) {
        ObjectNode change = (ObjectNode) json.readTree(ContractSamples.json("BridgeParticipantChanged", 1));
        change.put(
                "eventId",
                UUID.nameUUIDFromBytes((callSid + event).getBytes(StandardCharsets.UTF_8))
                        .toString());
        change.put("incidentId", incident.toString());
        change.put("personId", person.id().toString());
        change.put("callSid", callSid);
        change.put("event", event);
        change.put("at", at.toString());
        change.put("occurredAt", Instant.now().toString());
        return change;
    }

    private void publish(ObjectNode event) {
        kafka.send("muster.reply.v1", event.get("incidentId").asString(), event.toString())
                .join();
    }

    private static String callSid() {
        return "CA" + UUID.randomUUID().toString().replace("-", "");
    }

    private static String reason(ConsumerRecord<String, String> record) {
        Header header = record.headers().lastHeader("kafka_dlt-exception-message");
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }
}
