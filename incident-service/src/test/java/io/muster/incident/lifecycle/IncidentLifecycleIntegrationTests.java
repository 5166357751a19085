package io.muster.incident.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.muster.incident.Fixtures;
import io.muster.incident.IncidentServiceIntegrationTest;
import io.muster.incident.OperationsFixtures;
import io.muster.testkit.TestServers;
import io.muster.testkit.TopicProbe;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.reactive.server.StatusAssertions;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IncidentServiceIntegrationTest
class IncidentLifecycleIntegrationTests {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String PASSWORD = IncidentServiceIntegrationTest.PASSWORD;
    private static TopicProbe probe;

    @Autowired
    WebTestClient http;

    @Autowired
    JdbcClient db;

    @Autowired
    JsonMapper json;

    private OperationsFixtures operations;

    @BeforeAll
    static void probeTopics() {
        probe = TopicProbe.on(TestServers.shared().kafkaBootstrapServers(), "muster.incident.v1");
    }

    @AfterAll
    static void closeProbe() {
        probe.close();
    }

    @BeforeEach
    void fixtures() {
        http = http.mutate().responseTimeout(Duration.ofSeconds(30)).build();
        operations = new OperationsFixtures(http, db, json);
    }

    @Test
    void anIncidentGoesFromDeclaredThroughActiveAndStableToClosedPublishingEachChange() {
        String fire = operations.newType("PT4H");
        String flood = operations.newType(null);
        UUID id = operations.declare(fire);
        assertThat(view(id).get("state").asString()).isEqualTo("DECLARED");

        patch(id, Map.of("phase", "ACTIVE", "comment", "Fire brigade on site")).isOk();
        JsonNode active = awaitUpdate(id, "STATE", "ACTIVE");
        assertThat(active.get("updatedBy").asString()).isEqualTo("commander");
        assertThat(active.get("incidentType").asString()).isEqualTo(fire);

        patch(id, Map.of("severity", "CRITICAL", "incidentType", flood, "comment", "Sprinklers flooded floor 2"))
                .isOk();
        assertThat(awaitUpdate(id, "SEVERITY", "ACTIVE").get("severity").asString())
                .isEqualTo("CRITICAL");
        assertThat(awaitUpdate(id, "TYPE", "ACTIVE").get("incidentType").asString())
                .isEqualTo(flood);

        patch(id, Map.of("phase", "STABLE", "comment", "Contained")).isOk();
        awaitUpdate(id, "STATE", "STABLE");
        patch(id, Map.of("phase", "ACTIVE", "comment", "Flare-up")).isOk();
        patch(id, Map.of("phase", "STABLE", "comment", "Contained again")).isOk();

        operations.close(id);
        ConsumerRecord<String, String> closed = probe.awaitRecord(
                r -> r.key().equals(id.toString()) && r.value().contains("\"type\":\"IncidentClosed\""), WAIT);
        assertThat(json.readTree(closed.value()).get("closedBy").asString()).isEqualTo("commander");

        JsonNode view = view(id);
        assertThat(view.get("state").asString()).isEqualTo("CLOSED");
        assertThat(view.get("status").asString()).isEqualTo("CLOSED");
        assertThat(view.get("severity").asString()).isEqualTo("CRITICAL");
        assertThat(view.get("incidentType").asString()).isEqualTo(flood);
        http.get()
                .uri("/api/incidents/{id}/changes", id)
                .headers(h -> h.setBasicAuth("hr", PASSWORD))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.length()")
                .isEqualTo(6)
                .jsonPath("$[0].field")
                .isEqualTo("PHASE")
                .jsonPath("$[0].from")
                .isEqualTo("DECLARED")
                .jsonPath("$[0].to")
                .isEqualTo("ACTIVE")
                .jsonPath("$[0].comment")
                .isEqualTo("Fire brigade on site")
                .jsonPath("$[2].field")
                .isEqualTo("TYPE")
                .jsonPath("$[2].from")
                .isEqualTo(fire);
        http.get()
                .uri("/api/incidents/{id}/changes", id)
                .headers(h -> h.setBasicAuth("employee", PASSWORD))
                .exchange()
                .expectStatus()
                .isForbidden();
        assertThat(auditActions(id))
                .containsSubsequence(
                        "INCIDENT_DECLARED",
                        "INCIDENT_PHASE_CHANGED",
                        "INCIDENT_SEVERITY_CHANGED",
                        "INCIDENT_TYPE_CHANGED",
                        "INCIDENT_PHASE_CHANGED",
                        "INCIDENT_CLOSED");
    }

    @Test
    void movingBackToDeclaredOrClosingByPatchIsAConflict() {
        UUID id = operations.declare("GENERAL");
        patch(id, Map.of("phase", "ACTIVE", "comment", "go")).isOk();

        patch(id, Map.of("phase", "DECLARED", "comment", "back"))
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:invalid-transition");
        patch(id, Map.of("phase", "CLOSED", "comment", "done"))
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:invalid-transition");
        assertThat(view(id).get("state").asString()).isEqualTo("ACTIVE");
    }

    @Test
    void aClosedIncidentCannotBeChanged() {
        UUID id = operations.declare("GENERAL");
        operations.close(id);

        patch(id, Map.of("severity", "LOW", "comment", "late"))
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:incident-closed");
    }

    @Test
    void anUnknownTypeIsRejectedOnDeclarationAndOnChange() {
        UUID id = operations.declare("GENERAL");
        patch(id, Map.of("incidentType", "NO_SUCH_TYPE", "comment", "x"))
                .isEqualTo(422)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:unknown-incident-type");

        String title = "Unknown type " + UUID.randomUUID();
        http.post()
                .uri("/api/incidents")
                .headers(h -> h.setBasicAuth("commander", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of(
                        "title", title,
                        "message", "m",
                        "severity", "LOW",
                        "incidentType", "NO_SUCH_TYPE",
                        "notify", Map.of("employeeIds", List.of("E001"))))
                .exchange()
                .expectStatus()
                .isEqualTo(422)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:unknown-incident-type")
                .jsonPath("$.unknownIncidentTypes[0]")
                .isEqualTo("NO_SUCH_TYPE");
        assertThat(new Fixtures(db).count("SELECT count(*) FROM incidents WHERE title = ?", title))
                .isZero();
    }

    @Test
    void aChangeNeedsACommentAndSomethingToChangeAndACommander() {
        UUID id = operations.declare("GENERAL");
        patch(id, Map.of("phase", "ACTIVE")).isBadRequest();
        patch(id, Map.of("comment", "nothing")).isBadRequest();
        patch(id, Map.of("phase", "SIDEWAYS", "comment", "x")).isBadRequest();
        http.patch()
                .uri("/api/incidents/{id}", id)
                .headers(h -> h.setBasicAuth("hr", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("phase", "ACTIVE", "comment", "x"))
                .exchange()
                .expectStatus()
                .isForbidden();
        patch(UUID.randomUUID(), Map.of("phase", "ACTIVE", "comment", "x")).isNotFound();
    }

    @Test
    void anIncidentClosedWithinItsRtoRecordsItAsMet() {
        UUID id = operations.declare(operations.newType("PT1H"));
        JsonNode open = view(id);
        assertThat(open.get("rto").asString()).isEqualTo("PT1H");
        assertThat(open.get("rtoBreached").asBoolean()).isFalse();
        assertThat(Duration.parse(open.get("elapsed").asString())).isLessThan(Duration.ofHours(1));
        assertThat(java.time.Instant.parse(open.get("rtoDueAt").asString()))
                .isEqualTo(java.time.Instant.parse(open.get("declaredAt").asString())
                        .plus(Duration.ofHours(1)));

        operations.close(id);

        JsonNode closed = view(id);
        assertThat(closed.get("rtoMet").asBoolean()).isTrue();
        assertThat(closed.get("rtoBreached").asBoolean()).isFalse();
    }

    @Test
    void anIncidentOpenLongerThanItsRtoShowsItBreachedAndRecordsItAsNotMet() {
        UUID id = operations.declare(operations.newType("PT1S"));

        await().atMost(WAIT).until(() -> view(id).get("rtoBreached").asBoolean());
        operations.close(id);

        JsonNode closed = view(id);
        assertThat(closed.get("rtoMet").asBoolean()).isFalse();
        assertThat(Duration.parse(closed.get("elapsed").asString())).isGreaterThan(Duration.ofSeconds(1));
    }

    @Test
    void anIncidentWithoutAnRtoShowsNone() {
        UUID id = operations.declare("GENERAL");
        operations.close(id);
        JsonNode closed = view(id);
        assertThat(closed.has("rto")).isFalse();
        assertThat(closed.has("rtoMet")).isFalse();
        assertThat(closed.get("elapsed").asString()).startsWith("PT");
    }

    private StatusAssertions patch(UUID id, Map<String, Object> body) {
        return http.patch()
                .uri("/api/incidents/{id}", id)
                .headers(h -> h.setBasicAuth("commander", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectStatus();
    }

    private JsonNode view(UUID id) {
        return json.readTree(http.get()
                .uri("/api/incidents/{id}", id)
                .headers(h -> h.setBasicAuth("commander", PASSWORD))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .returnResult()
                .getResponseBody());
    }

    private JsonNode awaitUpdate(UUID id, String change, String state) {
        ConsumerRecord<String, String> record = probe.awaitRecord(
                r -> r.key().equals(id.toString())
                        && r.value().contains("\"type\":\"IncidentUpdated\"")
                        && r.value().contains("\"change\":\"" + change + "\"")
                        && r.value().contains("\"state\":\"" + state + "\""),
                WAIT);
        return json.readTree(record.value());
    }

    private List<String> auditActions(UUID id) {
        return db.sql("SELECT action FROM audit_log WHERE incident_id = ? ORDER BY id")
                .param(id)
                .query((rs, n) -> rs.getString("action"))
                .list();
    }
}
