package io.muster.incident.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.muster.contracts.ContractSamples;
import io.muster.incident.Fixtures;
import io.muster.incident.Fixtures.TestPerson;
import io.muster.incident.IncidentServiceIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * The curve of an incident whose receipts and answers arrive at known times after the declaration: three people
 * notified directly (level 0), one through a call tree (level 1), on SMS, voice and email.
 */
@IncidentServiceIntegrationTest
class ProgressIntegrationTests {

    private static final String PASSWORD = IncidentServiceIntegrationTest.PASSWORD;

    @Autowired
    WebTestClient http;

    @Autowired
    JdbcClient db;

    @Autowired
    JsonMapper json;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @BeforeEach
    void patientClient() {
        http = http.mutate().responseTimeout(Duration.ofSeconds(30)).build();
    }

    @Test
    void theCurveCountsPeopleReachedAndAnsweredInEqualBucketsOverallPerChannelAndPerLevel() {
        Fixtures fixtures = new Fixtures(db);
        String staff = Fixtures.freshRole();
        String managers = Fixtures.freshRole();
        List<TestPerson> direct = fixtures.peopleInRole(staff, 3);
        TestPerson manager = fixtures.peopleInRole(managers, 1).getFirst();
        UUID incident = declare(staff, callTree(managers));
        // declared five minutes ago, so that every receipt and answer below lies in the past
        db.sql("UPDATE incidents SET declared_at = declared_at - interval '5 minutes' WHERE id = ?")
                .param(incident)
                .update();
        Instant declared = Instant.parse(
                get("/api/incidents/" + incident, "commander").get("declaredAt").asString());
        UUID p1 = notificationOf(incident, direct.get(0));
        UUID p2 = notificationOf(incident, direct.get(1));
        UUID p3 = notificationOf(incident, direct.get(2));
        UUID p4 = notificationOf(incident, manager);
        delivery("NotificationDelivered", incident, p1, "SMS", declared.plusSeconds(10));
        answer(incident, p1, "SMS", declared.plusSeconds(30));
        delivery("NotificationDelivered", incident, p2, "VOICE", declared.plusSeconds(20));
        answer(incident, p2, "VOICE", declared.plusSeconds(61));
        delivery("NotificationFailed", incident, p3, "SMS", declared.plusSeconds(5));
        delivery("NotificationSent", incident, p3, "EMAIL", declared.plusSeconds(6));
        delivery("NotificationDelivered", incident, p4, "SMS", declared.plusSeconds(40));
        answer(incident, p4, "SMS", declared.plusSeconds(100));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> fixtures.count(
                                "SELECT count(*) FROM recipient_events e JOIN notifications n USING (notification_id)"
                                        + " WHERE n.incident_id = ?",
                                incident)
                        >= 8);

        Instant asked = Instant.now();
        JsonNode open = get("/api/incidents/" + incident + "/progress", "team");
        assertThat(open.get("closed").asBoolean()).isFalse();
        assertThat(Instant.parse(open.get("until").asString())).isBetween(asked.minusSeconds(1), Instant.now());
        assertThat(open.get("secondsAfter").size()).isBetween(2, 121);
        assertThat(last(open.get("overall").get("answered"))).isEqualTo(3);

        close(incident);
        db.sql("UPDATE incidents SET closed_at = declared_at + interval '240 seconds' WHERE id = ?")
                .param(incident)
                .update();
        JsonNode curve = get("/api/incidents/" + incident + "/progress", "commander");

        assertThat(curve.get("closed").asBoolean()).isTrue();
        assertThat(curve.get("bucketSeconds").asDouble()).isEqualTo(2.0);
        List<Double> at = doubles(curve.get("secondsAfter"));
        assertThat(at).hasSize(121).startsWith(0.0, 2.0, 4.0).endsWith(238.0, 240.0);
        assertThat(curve.get("targets").get("answeredPercent").asInt()).isEqualTo(90);
        assertThat(curve.get("targets").get("reachedPercent").asInt()).isEqualTo(95);

        JsonNode overall = curve.get("overall");
        assertThat(overall.get("people").asInt()).isEqualTo(4);
        // points every 2 s: reached at 6, 10, 20 and 40 s; answered at 30, 61 (counted at 62) and 100 s
        assertThat(at(overall, "reached", 2, 3, 4, 5, 10, 19, 20)).containsExactly(0, 1, 1, 2, 3, 3, 4);
        assertThat(at(overall, "answered", 14, 15, 30, 31, 49, 50, 120)).containsExactly(0, 1, 1, 2, 2, 3, 3);

        JsonNode sms = series(curve.get("byChannel"), "SMS");
        assertThat(sms.get("people").asInt()).as("tried on SMS: p1, p3 and p4").isEqualTo(3);
        assertThat(at(sms, "reached", 4, 5, 19, 20)).containsExactly(0, 1, 1, 2);
        assertThat(at(sms, "answered", 14, 15, 49, 50)).containsExactly(0, 1, 1, 2);
        JsonNode voice = series(curve.get("byChannel"), "VOICE");
        assertThat(voice.get("people").asInt()).isEqualTo(1);
        assertThat(at(voice, "answered", 30, 31)).containsExactly(0, 1);
        JsonNode email = series(curve.get("byChannel"), "EMAIL");
        assertThat(at(email, "reached", 2, 3, 120))
                .as("taken by the mail server at 6 s")
                .containsExactly(0, 1, 1);
        assertThat(at(email, "answered", 120)).containsExactly(0);

        JsonNode level0 = series(curve.get("byLevel"), "0");
        JsonNode level1 = series(curve.get("byLevel"), "1");
        assertThat(level0.get("people").asInt()).isEqualTo(3);
        assertThat(at(level0, "answered", 14, 15, 31, 120)).containsExactly(0, 1, 2, 2);
        assertThat(level1.get("people").asInt()).isEqualTo(1);
        assertThat(at(level1, "reached", 19, 20)).containsExactly(0, 1);
        assertThat(at(level1, "answered", 49, 50)).containsExactly(0, 1);
    }

    @Test
    void anUnknownIncidentHasNoCurve() {
        http.get()
                .uri("/api/incidents/" + UUID.randomUUID() + "/progress")
                .headers(h -> h.setBasicAuth("commander", PASSWORD))
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:incident-not-found");
    }

    private static List<Integer> at(JsonNode series, String line, int... points) {
        List<Integer> values = new ArrayList<>();
        for (int point : points) {
            values.add(series.get(line).get(point).asInt());
        }
        return values;
    }

    private static int last(JsonNode values) {
        return values.get(values.size() - 1).asInt();
    }

    private static List<Double> doubles(JsonNode values) {
        List<Double> list = new ArrayList<>();
        values.forEach(v -> list.add(v.asDouble()));
        return list;
    }

    private static JsonNode series(JsonNode list, String key) {
        for (JsonNode s : list) {
            if (s.get("key").asString().equals(key)) {
                return s;
            }
        }
        throw new AssertionError("no series " + key + " in " + list);
    }

    private UUID declare(String role, UUID tree) {
        JsonNode created = json.readTree(http.post()
                .uri("/api/incidents")
                .headers(h -> h.setBasicAuth("commander", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of(
                        "title",
                        "Curve " + UUID.randomUUID(),
                        "message",
                        "m",
                        "severity",
                        "HIGH",
                        "notify",
                        Map.of("roles", List.of(role)),
                        "callTreeId",
                        tree))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody()
                .returnResult()
                .getResponseBody());
        return UUID.fromString(created.get("id").asString());
    }

    private UUID callTree(String role) {
        JsonNode created = json.readTree(http.post()
                .uri("/api/call-trees")
                .headers(h -> h.setBasicAuth("commander", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of(
                        "name",
                        "Curve tree " + UUID.randomUUID(),
                        "stepTimeout",
                        "PT1H",
                        "levels",
                        List.of(Map.of("roles", List.of(role), "escalateAfter", "PT1H"))))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody()
                .returnResult()
                .getResponseBody());
        return UUID.fromString(created.get("id").asString());
    }

    private JsonNode get(String uri, String login) {
        return json.readTree(http.get()
                .uri(uri)
                .headers(h -> h.setBasicAuth(login, PASSWORD))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .returnResult()
                .getResponseBody());
    }

    private void close(UUID incident) {
        http.post()
                .uri("/api/incidents/" + incident + "/close")
                .headers(h -> h.setBasicAuth("commander", PASSWORD))
                .exchange()
                .expectStatus()
                .isOk();
    }

    private UUID notificationOf(UUID incident, TestPerson person) {
        return db.sql("SELECT notification_id FROM recipients WHERE incident_id = ? AND person_id = ?")
                .params(incident, person.id())
                .query(UUID.class)
                .single();
    }

    private void delivery(String type, UUID incident, UUID notification, String channel, Instant at) {
        kafka.send(
                        "muster.delivery.v1",
                        incident.toString(),
                        event(type, incident, notification, channel, at).toString())
                .join();
    }

    private void answer(UUID incident, UUID notification, String channel, Instant at) {
        ObjectNode reply = event("ReplyReceived", incident, notification, channel, at);
        reply.put("answer", "SAFE");
        kafka.send("muster.reply.v1", incident.toString(), reply.toString()).join();
    }

    private ObjectNode event(String type, UUID incident, UUID notification, String channel, Instant at) {
        ObjectNode node = (ObjectNode) json.readTree(ContractSamples.json(type, 1));
        node.put("eventId", UUID.randomUUID().toString());
        node.put("incidentId", incident.toString());
        node.put("notificationId", notification.toString());
        node.put("channel", channel);
        node.put("occurredAt", at.toString());
        return node;
    }
}
