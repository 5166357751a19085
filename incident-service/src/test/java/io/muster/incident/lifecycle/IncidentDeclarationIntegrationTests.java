package io.muster.incident.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.contracts.ContractSamples;
import io.muster.incident.Fixtures;
import io.muster.incident.Fixtures.TestPerson;
import io.muster.incident.IncidentServiceIntegrationTest;
import io.muster.testkit.TestServers;
import io.muster.testkit.TopicProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IncidentServiceIntegrationTest
class IncidentDeclarationIntegrationTests {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static TopicProbe probe;

    @Autowired
    WebTestClient http;

    @Autowired
    JdbcClient db;

    @Autowired
    JsonMapper json;

    @BeforeAll
    static void probeTopics() {
        probe = TopicProbe.on(
                TestServers.shared().kafkaBootstrapServers(),
                "muster.incident.v1",
                "muster.notification-request.v1",
                "muster.notification-request.priority.v1");
    }

    @AfterAll
    static void closeProbe() {
        probe.close();
    }

    @Test
    void declaringByEmployeeIdsStoresTheIncidentAndRequestsANotificationPerPerson() {
        var fixtures = new Fixtures(db);
        String role = Fixtures.freshRole();
        TestPerson withBoth = fixtures.person(role, "+15557000001", true);
        TestPerson phoneOnly = fixtures.person(role, "+15557000002", false);

        var created = declare(Map.of(
                "title", "Gas leak in building B",
                "message", "Leave building B by the east exit.",
                "severity", "HIGH",
                "notify", Map.of("employeeIds", List.of(withBoth.employeeId(), phoneOnly.employeeId()))));

        UUID incidentId = UUID.fromString(created.get("id").asString());
        assertThat(created.get("counts").get("targeted").asInt()).isEqualTo(2);
        assertThat(created.get("priority").asString()).isEqualTo("NORMAL");
        assertThat(created.get("recipients")).isNull();

        JsonNode declared = awaitEvent("muster.incident.v1", incidentId, "IncidentDeclared");
        assertThat(declared.get("targetedCount").asInt()).isEqualTo(2);
        assertThat(declared.get("declaredBy").asString()).isEqualTo("commander");

        JsonNode first = awaitRequestFor("muster.notification-request.v1", incidentId, withBoth.id());
        assertThat(first.get("channels").toString())
                .isEqualTo("[{\"channel\":\"SMS\",\"address\":\"+15557000001\"},"
                        + "{\"channel\":\"VOICE\",\"address\":\"+15557000001\"},{\"channel\":\"EMAIL\",\"address\":\""
                        + withBoth.email() + "\"}]");
        assertThat(first.get("replyCode").asString()).isEqualTo("10");
        // The golden fields in their order (optional ones, like alternateSite, only when they apply; the person's
        // directory roles, the hotline's teams, after the employee id).
        assertThat(fieldNames(json.readTree(ContractSamples.json("NotificationRequested", 1, "roles"))))
                .containsSubsequence(fieldNames(first));
        assertThat(fieldNames(first)).endsWith("purpose", "level", "step");
        assertThat(first.get("subject").asString())
                .isEqualTo(created.get("title").asString());
        assertThat(first.get("body").asString())
                .isEqualTo(created.get("message").asString());
        // One reply window from when this request was issued, not from the declaration.
        assertThat(Duration.between(
                        Instant.parse(first.get("occurredAt").asString()),
                        Instant.parse(first.get("expiresAt").asString())))
                .isEqualTo(Duration.ofHours(24));
        JsonNode second = awaitRequestFor("muster.notification-request.v1", incidentId, phoneOnly.id());
        assertThat(second.get("channels")).hasSize(2);
    }

    @Test
    void theListShowsTheNewestIncidentFirstWithItsCounts() {
        TestPerson person = new Fixtures(db).person(Fixtures.freshRole(), "+15557000003", true);
        var created = declare(Map.of(
                "title", "Newest",
                "message", "m",
                "severity", "MODERATE",
                "exercise", true,
                "notify", Map.of("personIds", List.of(person.id()))));

        http.get()
                .uri("/api/incidents")
                .headers(h -> h.setBasicAuth("spokesperson", IncidentServiceIntegrationTest.PASSWORD))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$[0].id")
                .isEqualTo(created.get("id").asString())
                .jsonPath("$[0].exercise")
                .isEqualTo(true)
                .jsonPath("$[0].counts.targeted")
                .isEqualTo(1)
                .jsonPath("$[0].recipients")
                .doesNotExist();
    }

    @Test
    void declaringByRoleForLifeSafetyUsesThePriorityLaneAndFreshReplyCodes() {
        String role = Fixtures.freshRole();
        List<TestPerson> team = new Fixtures(db).peopleInRole(role, 3);
        var body = Map.of(
                "title", "Fire alarm",
                "message", "Evacuate now.",
                "severity", "CRITICAL",
                "priority", "LIFE_SAFETY",
                "notify", Map.of("roles", List.of(role)));

        UUID first = UUID.fromString(declare(body).get("id").asString());
        // A second fire, not a retry of the first (an identical declaration moments later would be one).
        var another = new java.util.HashMap<String, Object>(body);
        another.put("title", "Fire alarm, east wing");
        UUID second = UUID.fromString(declare(another).get("id").asString());

        assertThat(awaitEvent("muster.incident.v1", first, "IncidentDeclared")
                        .get("targetedCount")
                        .asInt())
                .isEqualTo(3);
        for (TestPerson person : team) {
            JsonNode request = awaitRequestFor("muster.notification-request.priority.v1", first, person.id());
            assertThat(request.get("priority").asString()).isEqualTo("LIFE_SAFETY");
            assertThat(request.get("replyCode").asString()).isEqualTo("10");
            assertThat(awaitRequestFor("muster.notification-request.priority.v1", second, person.id())
                            .get("replyCode")
                            .asString())
                    .isEqualTo("11");
        }
        assertThat(probe.recordsWithin(
                        r -> r.topic().equals("muster.notification-request.v1")
                                && r.value().contains(first.toString()),
                        Duration.ofMillis(300)))
                .isEmpty();
    }

    /**
     * Each request carries the person's directory roles as they are when it is issued, all of them in name order
     * (the hotline lists an incident's teams and finds a caller's team messages by them), also after the roles
     * changed through the people API.
     */
    @Test
    void eachRequestCarriesThePersonsCurrentRoles() {
        String role = Fixtures.freshRole();
        String team = "A team, with a comma " + UUID.randomUUID();
        TestPerson person = new Fixtures(db).person(role, "+15557000004", true);
        db.sql("INSERT INTO roles (name) VALUES (?)").param(team).update();
        db.sql("INSERT INTO person_roles (person_id, role) VALUES (?, ?)")
                .params(person.id(), team)
                .update();

        UUID first = declaredTo(role, "Roles, first");
        assertThat(awaitRequestFor("muster.notification-request.v1", first, person.id())
                        .path("roles")
                        .valueStream()
                        .map(JsonNode::asString))
                .containsExactly(team, role);

        http.put()
                .uri("/api/people/{id}/roles", person.id())
                .headers(h -> h.setBasicAuth("admin", IncidentServiceIntegrationTest.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(List.of(role))
                .exchange()
                .expectStatus()
                .isOk();
        UUID second = declaredTo(role, "Roles, second");
        assertThat(awaitRequestFor("muster.notification-request.v1", second, person.id())
                        .path("roles")
                        .valueStream()
                        .map(JsonNode::asString))
                .containsExactly(role);
    }

    private UUID declaredTo(String role, String title) {
        return UUID.fromString(declare(Map.of(
                        "title",
                        title + " " + UUID.randomUUID(),
                        "message",
                        "m",
                        "severity",
                        "MODERATE",
                        "notify",
                        Map.of("roles", List.of(role))))
                .get("id")
                .asString());
    }

    @Test
    void anUnknownRoleIsRejectedByNameAndNothingIsSaved() {
        String title = "Unknown role " + UUID.randomUUID();
        http.post()
                .uri("/api/incidents")
                .headers(h -> h.setBasicAuth("commander", IncidentServiceIntegrationTest.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of(
                        "title",
                        title,
                        "message",
                        "m",
                        "severity",
                        "LOW",
                        "notify",
                        Map.of("roles", List.of("No Such Role"), "employeeIds", List.of("E001"))))
                .exchange()
                .expectStatus()
                .isEqualTo(422)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:unknown-targets")
                .jsonPath("$.unknownRoles[0]")
                .isEqualTo("No Such Role")
                .jsonPath("$.detail")
                .value(String.class, detail -> assertThat(detail).contains("No Such Role"));

        assertThat(new Fixtures(db).count("SELECT count(*) FROM incidents WHERE title = ?", title))
                .isZero();
    }

    @Test
    void aDeclarationThatNamesNobodyIsRejected() {
        http.post()
                .uri("/api/incidents")
                .headers(h -> h.setBasicAuth("commander", IncidentServiceIntegrationTest.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("title", "t", "message", "m", "severity", "LOW", "notify", Map.of()))
                .exchange()
                .expectStatus()
                .isEqualTo(422)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:nobody-targeted");
    }

    private JsonNode declare(Map<String, Object> body) {
        byte[] response = http.post()
                .uri("/api/incidents")
                .headers(h -> h.setBasicAuth("commander", IncidentServiceIntegrationTest.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isCreated()
                .expectHeader()
                .value("Location", location -> assertThat(location).startsWith("/api/incidents/"))
                .expectBody()
                .returnResult()
                .getResponseBody();
        return json.readTree(response);
    }

    private JsonNode awaitEvent(String topic, UUID incidentId, String type) {
        ConsumerRecord<String, String> record = probe.awaitRecord(
                r -> r.topic().equals(topic)
                        && r.value().contains("\"type\":\"" + type + "\"")
                        && r.value().contains(incidentId.toString()),
                WAIT);
        assertThat(record.key()).isEqualTo(incidentId.toString());
        return json.readTree(record.value());
    }

    private JsonNode awaitRequestFor(String topic, UUID incidentId, UUID personId) {
        ConsumerRecord<String, String> record = probe.awaitRecord(
                r -> r.topic().equals(topic)
                        && r.key().equals(personId.toString())
                        && r.value().contains(incidentId.toString()),
                WAIT);
        return json.readTree(record.value());
    }

    private static List<String> fieldNames(JsonNode node) {
        return new ArrayList<>(node.propertyNames());
    }
}
