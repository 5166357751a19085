package io.muster.incident.incidentrole;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.incident.IncidentServiceIntegrationTest;
import io.muster.incident.kafka.TopicsProperties;
import io.muster.incident.statement.StatementScenario;
import io.muster.testkit.TestServers;
import io.muster.testkit.TopicProbe;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IncidentServiceIntegrationTest
class IncidentRolesIntegrationTests {

    @Autowired
    WebTestClient http;

    @Autowired
    JdbcClient db;

    @Autowired
    JsonMapper json;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    TopicsProperties topics;

    StatementScenario scenario;

    @BeforeEach
    void scenario() {
        // a busy build box can take longer than the default 5 s for a declaration
        http = http.mutate().responseTimeout(java.time.Duration.ofSeconds(30)).build();
        scenario = new StatementScenario(http, db, json, passwords);
    }

    @Test
    void theDeclarerCommandsUntilTheCommandIsHandedOverAndTheHistoryShowsWhoHeldItWhen() {
        UUID incidentId = scenario.declaredIncident(false);
        assertThat(roles(incidentId).get("COMMANDER").asString()).isEqualTo("commander");

        String successor = scenario.login("COMMANDER");
        assign(incidentId, "commander", successor, "commander").expectStatus().isOk();
        String scribe = scenario.login("TEAM");
        assign(incidentId, "scribe", scribe, successor).expectStatus().isOk();

        JsonNode current = roles(incidentId);
        assertThat(current.get("COMMANDER").asString()).isEqualTo(successor);
        assertThat(current.get("SCRIBE").asString()).isEqualTo(scribe);
        JsonNode history = scenario.read(scenario.as("hr")
                .get()
                .uri("/api/incidents/{id}/roles/history", incidentId)
                .exchange()
                .expectStatus()
                .isOk());
        assertThat(history).hasSize(3);
        assertThat(history.get(0).get("username").asString()).isEqualTo("commander");
        assertThat(history.get(0).get("endedBy").asString()).isEqualTo("commander");
        assertThat(history.get(0).get("endedAt").isNull()).isFalse();
        assertThat(history.get(1).get("username").asString()).isEqualTo(successor);
        assertThat(history.get(1).get("assignedBy").asString()).isEqualTo("commander");
        assertThat(history.get(1).get("endedAt").isNull()).isTrue();
        assertThat(history.get(2).get("role").asString()).isEqualTo("SCRIBE");
    }

    @Test
    void designatingASpokespersonPublishesTheEventAndIsAudited() {
        UUID incidentId = scenario.declaredIncident(false);
        String first = scenario.login("SPOKESPERSON");
        try (TopicProbe probe = TopicProbe.on(TestServers.shared().kafkaBootstrapServers(), topics.incidents())) {
            assign(incidentId, "spokesperson", first, "commander")
                    .expectStatus()
                    .isOk();
            assign(incidentId, "spokesperson", "spokesperson", "commander")
                    .expectStatus()
                    .isOk();

            var event = probe.awaitRecord(
                    r -> r.key().equals(incidentId.toString())
                            && r.value().contains("\"SpokespersonDesignated\"")
                            && r.value().contains("\"spokesperson\":\"spokesperson\""),
                    Duration.ofSeconds(20));
            JsonNode designated = json.readTree(event.value());
            assertThat(designated.get("designatedBy").asString()).isEqualTo("commander");
            assertThat(designated.get("exercise").asBoolean()).isFalse();
        }
        assertThat(roles(incidentId).get("SPOKESPERSON").asString()).isEqualTo("spokesperson");
        JsonNode trail = scenario.read(scenario.as("commander")
                .get()
                .uri("/api/incidents/{id}/audit", incidentId)
                .accept(MediaType.APPLICATION_JSON)
                .exchange()
                .expectStatus()
                .isOk());
        List<JsonNode> assigned = trail.valueStream()
                .filter(entry -> entry.get("action").asString().equals("ROLE_ASSIGNED"))
                .toList();
        assertThat(assigned).hasSize(2);
        assertThat(assigned.get(1).get("details").get("previous").asString()).isEqualTo(first);
    }

    @Test
    void onlyCommandersAssignRoles() {
        UUID incidentId = scenario.declaredIncident(false);
        for (String user : List.of("spokesperson", "hr", "employee", "admin")) {
            assign(incidentId, "spokesperson", "spokesperson", user)
                    .expectStatus()
                    .isForbidden();
        }
        assign(incidentId, "spokesperson", "spokesperson", scenario.login("TEAM"))
                .expectStatus()
                .isForbidden();
    }

    @Test
    void anAdministratorMayTakeCommandButHandsOutNoRole() {
        UUID incidentId = scenario.declaredIncident(false);

        assign(incidentId, "commander", "commander", "admin")
                .expectStatus()
                .isForbidden()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:only-take-command");
        assign(incidentId, "scribe", "admin", "admin").expectStatus().isForbidden();
        assign(incidentId, "commander", "admin", "admin").expectStatus().isOk();

        assertThat(roles(incidentId).get("COMMANDER").asString()).isEqualTo("admin");
        // A commander may hand command to an administrator too, and take it back.
        assign(incidentId, "commander", "commander", "commander").expectStatus().isOk();
        assign(incidentId, "commander", "admin", "commander").expectStatus().isOk();
        assertThat(roles(incidentId).get("COMMANDER").asString()).isEqualTo("admin");
        JsonNode candidates = scenario.read(scenario.as("admin")
                .get()
                .uri("/api/commanders?q=admin")
                .exchange()
                .expectStatus()
                .isOk());
        assertThat(candidates.findValuesAsString("username")).contains("admin");
    }

    @Test
    void unknownRolesUsersAndUnsuitableHoldersAreProblems() {
        UUID incidentId = scenario.declaredIncident(false);
        assign(incidentId, "janitor", "spokesperson", "commander")
                .expectStatus()
                .isNotFound()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:unknown-incident-role");
        assign(incidentId, "spokesperson", "nobody-" + UUID.randomUUID(), "commander")
                .expectStatus()
                .isEqualTo(422)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:unknown-user");
        assign(incidentId, "commander", "spokesperson", "commander")
                .expectStatus()
                .isEqualTo(422)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:unsuitable-role-holder");
        assign(UUID.randomUUID(), "scribe", "spokesperson", "commander")
                .expectStatus()
                .isNotFound()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:incident-not-found");
        scenario.as("commander")
                .put()
                .uri("/api/incidents/{id}/roles/scribe", incidentId)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", ""))
                .exchange()
                .expectStatus()
                .isBadRequest();
    }

    private JsonNode roles(UUID incidentId) {
        return scenario.read(scenario.as("commander")
                .get()
                .uri("/api/incidents/{id}/roles", incidentId)
                .exchange()
                .expectStatus()
                .isOk());
    }

    private WebTestClient.ResponseSpec assign(UUID incidentId, String role, String username, String by) {
        return scenario.as(by)
                .put()
                .uri("/api/incidents/{id}/roles/{role}", incidentId, role)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", username))
                .exchange();
    }
}
