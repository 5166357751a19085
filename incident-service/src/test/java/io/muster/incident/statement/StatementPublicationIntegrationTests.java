package io.muster.incident.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.incident.IncidentServiceIntegrationTest;
import io.muster.incident.kafka.TopicsProperties;
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
class StatementPublicationIntegrationTests {

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
    void everyEditIsANewVersionAndTheOldOnesAreKept() {
        UUID incidentId = scenario.declaredIncident(false);
        String teamMember = scenario.login("TEAM");
        UUID statementId = scenario.draft(incidentId, teamMember, "First words");

        scenario.as("commander")
                .put()
                .uri("/api/incidents/{id}/statements/{s}", incidentId, statementId)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of(
                        "headline",
                        "Better words",
                        "texts",
                        List.of(
                                Map.of("language", "en", "text", "Better."),
                                Map.of("language", "fr", "text", "Mieux."))))
                .exchange()
                .expectStatus()
                .isOk();

        JsonNode statement = statement(incidentId, statementId);
        assertThat(statement.get("latestVersion").asInt()).isEqualTo(2);
        assertThat(statement.get("status").asString()).isEqualTo("DRAFT");
        JsonNode versions = statement.get("versions");
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).get("headline").asString()).isEqualTo("First words");
        assertThat(versions.get(0).get("draftedBy").asString()).isEqualTo(teamMember);
        assertThat(versions.get(1).get("headline").asString()).isEqualTo("Better words");
        assertThat(versions.get(1).get("draftedBy").asString()).isEqualTo("commander");
        assertThat(versions.get(1).get("texts")).hasSize(2);
    }

    @Test
    void onlyTheDesignatedSpokespersonPublishesNotEvenTheCommander() {
        UUID incidentId = scenario.declaredIncident(false);
        UUID statementId = scenario.draft(incidentId, "commander", "Office closed");

        expectNotSpokesperson(scenario.publish(incidentId, statementId, "spokesperson", Map.of("version", 1)));
        scenario.designate(incidentId, "spokesperson");
        expectNotSpokesperson(scenario.publish(incidentId, statementId, "commander", Map.of("version", 1)));

        JsonNode published = scenario.published(incidentId, statementId, "spokesperson");
        assertThat(published.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(published.get("publishedBy").asString()).isEqualTo("spokesperson");
        assertThat(published.get("msgType").asString()).isEqualTo("Alert");
    }

    @Test
    void afterReassignmentTheNewSpokespersonPublishesAndTheOldOneCannot() {
        UUID incidentId = scenario.declaredIncident(false);
        scenario.designate(incidentId, "spokesperson");
        String successor = scenario.login("SPOKESPERSON");
        scenario.designate(incidentId, successor);
        UUID statementId = scenario.draft(incidentId, "spokesperson", "Handover");

        expectNotSpokesperson(scenario.publish(incidentId, statementId, "spokesperson", Map.of("version", 1)));
        assertThat(scenario.published(incidentId, statementId, successor)
                        .get("publishedBy")
                        .asString())
                .isEqualTo(successor);
    }

    @Test
    void twoPersonApprovalNeedsSomeoneElseToApproveThatExactVersion() {
        UUID incidentId = scenario.declaredIncident(false);
        scenario.requireTwoPeople(incidentId);
        scenario.designate(incidentId, "spokesperson");
        UUID statementId = scenario.draft(incidentId, "spokesperson", "Needs two");

        approve(incidentId, statementId, "spokesperson", 1)
                .expectStatus()
                .isForbidden()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:self-approval");
        scenario.publish(incidentId, statementId, "spokesperson", Map.of("version", 1))
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:approval-required");

        String reviewer = scenario.login("TEAM");
        approve(incidentId, statementId, reviewer, 1).expectStatus().isOk();
        scenario.as("spokesperson")
                .put()
                .uri("/api/incidents/{id}/statements/{s}", incidentId, statementId)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of(
                        "headline", "Needs two, edited", "texts", List.of(Map.of("language", "en", "text", "Edited."))))
                .exchange()
                .expectStatus()
                .isOk();
        scenario.publish(incidentId, statementId, "spokesperson", Map.of("version", 1))
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:stale-version");
        scenario.publish(incidentId, statementId, "spokesperson", Map.of("version", 2))
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:approval-required");

        approve(incidentId, statementId, reviewer, 2).expectStatus().isOk();
        JsonNode published =
                scenario.read(scenario.publish(incidentId, statementId, "spokesperson", Map.of("version", 2))
                        .expectStatus()
                        .isOk());
        assertThat(published.get("publishedVersion").asInt()).isEqualTo(2);
        assertThat(published.get("versions").get(1).get("approvedBy").get(0).asString())
                .isEqualTo(reviewer);
    }

    @Test
    void laterStatementsAreUpdatesOrCancelsReferringToTheEarlierOnesAndArePublishedAsEvents() {
        UUID incidentId = scenario.declaredIncident(false);
        scenario.designate(incidentId, "spokesperson");
        UUID alert = scenario.draft(incidentId, "spokesperson", "Alert");
        scenario.published(incidentId, alert, "spokesperson");
        UUID update = scenario.draft(incidentId, "spokesperson", "Update");
        UUID cancel = scenario.draft(incidentId, "spokesperson", "Cancel");

        try (TopicProbe probe = TopicProbe.on(TestServers.shared().kafkaBootstrapServers(), topics.incidents())) {
            JsonNode updated = scenario.published(incidentId, update, "spokesperson");
            JsonNode cancelled = scenario.read(
                    scenario.publish(incidentId, cancel, "spokesperson", Map.of("version", 1, "cancel", true))
                            .expectStatus()
                            .isOk());

            assertThat(updated.get("msgType").asString()).isEqualTo("Update");
            assertThat(updated.get("references").get(0).asString()).isEqualTo(alert.toString());
            assertThat(cancelled.get("msgType").asString()).isEqualTo("Cancel");
            assertThat(cancelled.get("references")).hasSize(2);
            JsonNode event = json.readTree(probe.awaitRecord(
                            r -> r.key().equals(incidentId.toString())
                                    && r.value().contains(update.toString())
                                    && r.value().contains("\"StatementPublished\""),
                            Duration.ofSeconds(20))
                    .value());
            assertThat(event.get("msgType").asString()).isEqualTo("Update");
            assertThat(event.get("publishedBy").asString()).isEqualTo("spokesperson");
            assertThat(event.get("language").asString()).isEqualTo("en");
            assertThat(event.get("references").get(0).asString()).isEqualTo(alert.toString());
        }
        scenario.publish(incidentId, update, "spokesperson", Map.of("version", 1))
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:statement-published");
    }

    @Test
    void draftingApprovingAndPublishingAreAudited() {
        UUID incidentId = scenario.declaredIncident(false);
        scenario.requireTwoPeople(incidentId);
        scenario.designate(incidentId, "spokesperson");
        UUID statementId = scenario.draft(incidentId, "spokesperson", "Audited");
        approve(incidentId, statementId, "commander", 1).expectStatus().isOk();
        scenario.published(incidentId, statementId, "spokesperson");

        JsonNode trail = scenario.read(scenario.as("admin")
                .get()
                .uri("/api/incidents/{id}/audit", incidentId)
                .accept(MediaType.APPLICATION_JSON)
                .exchange()
                .expectStatus()
                .isOk());
        List<String> actions = trail.valueStream()
                .filter(e -> statementId.toString().equals(e.get("subject").asString()))
                .map(e -> e.get("actor").asString() + ":" + e.get("action").asString())
                .toList();
        assertThat(actions)
                .containsExactly(
                        "spokesperson:STATEMENT_DRAFTED",
                        "commander:STATEMENT_APPROVED",
                        "spokesperson:STATEMENT_PUBLISHED");
    }

    @Test
    void badDraftsAndOutsidersAreRejected() {
        UUID incidentId = scenario.declaredIncident(false);
        for (Map<String, Object> bad : List.<Map<String, Object>>of(
                Map.of("headline", "", "texts", List.of(Map.of("language", "en", "text", "x"))),
                Map.of("headline", "h", "texts", List.of()),
                Map.of("headline", "h", "texts", List.of(Map.of("language", "not a tag!", "text", "x"))),
                Map.of(
                        "headline",
                        "h",
                        "texts",
                        List.of(Map.of("language", "en", "text", "x"), Map.of("language", "EN", "text", "y"))),
                Map.of("headline", "x".repeat(201), "texts", List.of(Map.of("language", "en", "text", "x"))))) {
            scenario.as("commander")
                    .post()
                    .uri("/api/incidents/{id}/statements", incidentId)
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(bad)
                    .exchange()
                    .expectStatus()
                    .isBadRequest()
                    .expectBody()
                    .jsonPath("$.type")
                    .isEqualTo("urn:muster:problem:validation");
        }
        for (String outsider : List.of("hr", "employee", "admin")) {
            scenario.as(outsider)
                    .post()
                    .uri("/api/incidents/{id}/statements", incidentId)
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("headline", "h", "texts", List.of(Map.of("language", "en", "text", "x"))))
                    .exchange()
                    .expectStatus()
                    .isForbidden();
        }
        scenario.as("commander")
                .get()
                .uri("/api/incidents/{id}/statements/{s}", incidentId, UUID.randomUUID())
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:statement-not-found");
        for (var unknownIncident : List.of(
                scenario.as("commander").get().uri("/api/incidents/{id}/statements", UUID.randomUUID()),
                scenario.as("commander")
                        .post()
                        .uri("/api/incidents/{id}/statements", UUID.randomUUID())
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(Map.of("headline", "h", "texts", List.of(Map.of("language", "en", "text", "x")))))) {
            unknownIncident
                    .exchange()
                    .expectStatus()
                    .isNotFound()
                    .expectBody()
                    .jsonPath("$.type")
                    .isEqualTo("urn:muster:problem:incident-not-found");
        }
    }

    private void expectNotSpokesperson(WebTestClient.ResponseSpec response) {
        response.expectStatus()
                .isForbidden()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:not-spokesperson");
    }

    private WebTestClient.ResponseSpec approve(UUID incidentId, UUID statementId, String user, int version) {
        return scenario.as(user)
                .post()
                .uri("/api/incidents/{id}/statements/{s}/approvals", incidentId, statementId)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("version", version))
                .exchange();
    }

    private JsonNode statement(UUID incidentId, UUID statementId) {
        return scenario.read(scenario.as("spokesperson")
                .get()
                .uri("/api/incidents/{id}/statements/{s}", incidentId, statementId)
                .exchange()
                .expectStatus()
                .isOk());
    }
}
