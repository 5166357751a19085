package io.muster.incident.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.muster.incident.Answers;
import io.muster.incident.Fixtures;
import io.muster.incident.Fixtures.TestPerson;
import io.muster.incident.IncidentServiceIntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One whole incident, from declaration to all-clear, through every kind of act the audit trail
 * must hold: declaration, change, internal message, answer, on-behalf update, automatic task, role
 * assignment, statement drafted, approved and published, closing with the all-clear.
 */
@IncidentServiceIntegrationTest
class FullIncidentAuditIntegrationTests {

    @Autowired
    WebTestClient http;

    @Autowired
    JdbcClient db;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    JsonMapper json;

    @Test
    void theTrailOfAFullIncidentHoldsEveryActWithItsActor() {
        var fixtures = new Fixtures(db);
        TestPerson ada = fixtures.person(Fixtures.freshRole(), "+15557300001", false);
        TestPerson bob = fixtures.person(Fixtures.freshRole(), "+15557300002", false);
        UUID incident = UUID.fromString(body(as("commander")
                        .post()
                        .uri("/api/incidents")
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(Map.of(
                                "title", "Flood in the basement",
                                "message", "Stay out of the basement.",
                                "severity", "HIGH",
                                "notify", Map.of("employeeIds", List.of(ada.employeeId(), bob.employeeId()))))
                        .exchange()
                        .expectStatus()
                        .isCreated())
                .get("id")
                .asString());

        send("commander", "PATCH", "/api/incidents/" + incident, Map.of("phase", "ACTIVE", "comment", "Water rising"));
        send("commander", "POST", "/api/incidents/" + incident + "/status-updates", Map.of("text", "Pumps ordered."));
        new Answers(db, kafka, json).safe(incident, ada);
        await().atMost(Duration.ofSeconds(30)).until(() -> actions(incident).contains("ANSWER_RECORDED"));
        send(
                "hr",
                "POST",
                "/api/incidents/" + incident + "/accountability/" + bob.id(),
                Map.of("state", "NEEDS_HELP", "comment", "Called: stuck on the stairs"));
        send(
                "commander",
                "PUT",
                "/api/incidents/" + incident + "/roles/spokesperson",
                Map.of("username", "spokesperson"));
        UUID statement = UUID.fromString(send(
                        "team",
                        "POST",
                        "/api/incidents/" + incident + "/statements",
                        Map.of(
                                "headline",
                                "Basement flooded",
                                "texts",
                                List.of(Map.of("language", "en", "text", "Our basement is flooded."))))
                .get("id")
                .asString());
        send(
                "commander",
                "POST",
                "/api/incidents/" + incident + "/statements/" + statement + "/approvals",
                Map.of("version", 1));
        send(
                "spokesperson",
                "POST",
                "/api/incidents/" + incident + "/statements/" + statement + "/publish",
                Map.of("version", 1));
        send("commander", "POST", "/api/incidents/" + incident + "/close", null);

        List<JsonNode> trail = trail(incident);
        assertThat(trail.stream().map(e -> e.get("action").asString()))
                .containsSubsequence("INCIDENT_DECLARED", "INCIDENT_PHASE_CHANGED", "STATUS_UPDATE_POSTED")
                .contains(
                        "ANSWER_RECORDED",
                        "STATE_SET_ON_BEHALF",
                        "TASK_CREATED",
                        "ROLE_ASSIGNED",
                        "STATEMENT_DRAFTED",
                        "STATEMENT_APPROVED",
                        "STATEMENT_PUBLISHED")
                .endsWith("INCIDENT_CLOSED");
        assertThat(actor(trail, "INCIDENT_DECLARED")).isEqualTo("commander");
        assertThat(actor(trail, "STATE_SET_ON_BEHALF")).isEqualTo("hr");
        assertThat(actor(trail, "STATEMENT_DRAFTED")).isEqualTo("team");
        assertThat(actor(trail, "STATEMENT_APPROVED")).isEqualTo("commander");
        assertThat(actor(trail, "STATEMENT_PUBLISHED")).isEqualTo("spokesperson");
        assertThat(trail.stream().filter(e -> e.get("action").asString().equals("INCIDENT_CLOSED")))
                .singleElement()
                .satisfies(closed -> assertThat(
                                closed.get("details").get("allClearTo").asInt())
                        .isEqualTo(2));

        String csv = as("admin")
                .get()
                .uri("/api/incidents/{id}/audit", incident)
                .accept(MediaType.parseMediaType("text/csv"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(csv.lines().skip(1).count()).isEqualTo(trail.size());
    }

    private JsonNode send(String user, String method, String path, Object body) {
        var request = as(user).method(org.springframework.http.HttpMethod.valueOf(method))
                .uri(path);
        var exchange = body == null
                ? request.exchange()
                : request.contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(body)
                        .exchange();
        return body(exchange.expectStatus().is2xxSuccessful());
    }

    private JsonNode body(WebTestClient.ResponseSpec spec) {
        byte[] bytes = spec.expectBody().returnResult().getResponseBody();
        return bytes == null || bytes.length == 0 ? json.createObjectNode() : json.readTree(bytes);
    }

    private List<JsonNode> trail(UUID incident) {
        List<JsonNode> entries = new ArrayList<>();
        body(as("commander")
                        .get()
                        .uri("/api/incidents/{id}/audit", incident)
                        .accept(MediaType.APPLICATION_JSON)
                        .exchange()
                        .expectStatus()
                        .isOk())
                .forEach(entries::add);
        return entries;
    }

    private List<String> actions(UUID incident) {
        return trail(incident).stream().map(e -> e.get("action").asString()).toList();
    }

    private static String actor(List<JsonNode> trail, String action) {
        return trail.stream()
                .filter(e -> e.get("action").asString().equals(action))
                .findFirst()
                .orElseThrow()
                .get("actor")
                .asString();
    }

    private WebTestClient as(String user) {
        return http.mutate()
                .responseTimeout(Duration.ofSeconds(30))
                .defaultHeaders(h -> h.setBasicAuth(user, IncidentServiceIntegrationTest.PASSWORD))
                .build();
    }
}
