package io.muster.incident.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.incident.IncidentServiceIntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Scenarios are versioned, approved (by a second person where the incident type says so) and audited. */
@IncidentServiceIntegrationTest
class ScenarioEditingIntegrationTests {

    @Autowired
    WebTestClient http;

    @Autowired
    JdbcClient db;

    @Autowired
    JsonMapper json;

    private ScenarioSteps steps;

    @BeforeEach
    void steps() {
        steps = new ScenarioSteps(http, db, json);
    }

    @Test
    void aNewScenarioIsVersionOneWithAKeypadNumberUnapprovedAndAudited() {
        JsonNode created = steps.read(steps.create("commander", steps.definition("Evacuate"))
                .expectStatus()
                .isCreated()
                .expectHeader()
                .valueMatches("Location", "/api/scenarios/[0-9a-f-]{36}"));

        assertThat(created.get("version").asInt()).isEqualTo(1);
        assertThat(created.get("keypad").asInt()).isBetween(1, 999);
        assertThat(created.get("approvedVersion").isNull()).isTrue();
        assertThat(created.get("definition").get("texts")).hasSize(2);
        assertThat(created.get("editedBy").asString()).isEqualTo("commander");
        assertThat(audited(created.get("id").asString())).containsExactly("SCENARIO_CREATED");
    }

    @Test
    void anEditIsANewVersionAndTheOldOneStaysReadable() {
        var definition = steps.definition("Snow");
        UUID id = steps.created("commander", definition);
        definition.put("name", "Snow: work from home");

        JsonNode edited = steps.read(steps.as("admin")
                .put()
                .uri("/api/scenarios/{id}", id)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(definition)
                .exchange()
                .expectStatus()
                .isOk());

        assertThat(edited.get("version").asInt()).isEqualTo(2);
        assertThat(edited.get("name").asString()).isEqualTo("Snow: work from home");
        JsonNode first = steps.read(steps.as("commander")
                .get()
                .uri("/api/scenarios/{id}?version=1", id)
                .exchange()
                .expectStatus()
                .isOk());
        assertThat(first.get("definition").get("name").asString()).isEqualTo("Snow");
        assertThat(first.get("latestVersion").asInt()).isEqualTo(2);
        assertThat(audited(id.toString())).containsExactly("SCENARIO_CREATED", "SCENARIO_EDITED");
    }

    @Test
    void whereTheTypeNeedsTwoPeopleTheAuthorIsRefusedAndASecondCommanderApproves() {
        steps.twoPersonType("SCENARIO_TWO_PERSON");
        var definition = steps.definition("Cyber attack");
        definition.put("incidentType", "SCENARIO_TWO_PERSON");
        UUID id = steps.created("commander", definition);

        steps.approve("commander", id, 1)
                .expectStatus()
                .isForbidden()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:scenario-self-approval");
        JsonNode approved =
                steps.read(steps.approve("commander2", id, 1).expectStatus().isOk());

        assertThat(approved.get("approvedVersion").asInt()).isEqualTo(1);
        assertThat(approved.get("approvedBy").get(0).asString()).isEqualTo("commander2");
        assertThat(approved.get("twoPersonApproval").asBoolean()).isTrue();
        assertThat(audited(id.toString())).containsExactly("SCENARIO_CREATED", "SCENARIO_APPROVED");
    }

    @Test
    void whereOnePersonSufficesTheAuthorMayApprove() {
        UUID id = steps.created("commander", steps.definition("Gas leak"));

        steps.approve("commander", id, 1).expectStatus().isOk();
    }

    @Test
    void onlyTheLatestVersionCanBeApproved() {
        var definition = steps.definition("Flood");
        UUID id = steps.created("commander", definition);
        steps.as("commander")
                .put()
                .uri("/api/scenarios/{id}", id)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(definition)
                .exchange()
                .expectStatus()
                .isOk();

        steps.approve("admin", id, 1)
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:scenario-version-superseded");
    }

    @Test
    void anUnknownPlaceholderIsRefusedWithTheFieldThatHoldsIt() {
        var definition = steps.definition("Typo");
        definition.put(
                "texts", List.of(Map.of("language", "en", "subject", "Evacuate {sit}", "body", "Leave {site} now.")));

        steps.create("commander", definition)
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("texts[0].subject")
                .jsonPath("$.errors[0].message")
                .value(message -> assertThat((String) message).contains("{sit}"));
    }

    @Test
    void noLanguagesOrALanguageTwiceIsRefused() {
        var none = steps.definition("No texts");
        none.put("texts", List.of());
        steps.create("commander", none).expectStatus().isBadRequest();

        var twice = steps.definition("Twice");
        twice.put(
                "texts",
                List.of(
                        Map.of("language", "en", "subject", "A", "body", "B"),
                        Map.of("language", "EN", "subject", "C", "body", "D")));
        steps.create("commander", twice)
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("texts[1].language");

        var untagged = steps.definition("Untagged");
        untagged.put("texts", List.of(Map.of("subject", "A", "body", "B")));
        steps.create("commander", untagged).expectStatus().isBadRequest();
    }

    @Test
    void aScenarioThatReachesNobodyOrHasAnUnknownTypeIsRefused() {
        var nobody = steps.definition("Nobody");
        nobody.remove("audience");
        steps.create("commander", nobody)
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("audience");

        var unknownType = steps.definition("Unknown type");
        unknownType.put("incidentType", "NO_SUCH_TYPE");
        steps.create("commander", unknownType)
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("incidentType");
    }

    @Test
    void onlyThoseWhoMayDeclareMayEditOrApprove() {
        steps.create("team", steps.definition("Team")).expectStatus().isForbidden();
        steps.create("employee", steps.definition("Employee")).expectStatus().isForbidden();
        UUID id = steps.created("commander", steps.definition("Roles"));
        steps.approve("spokesperson", id, 1).expectStatus().isForbidden();
        steps.as("hr")
                .get()
                .uri("/api/scenarios/{id}", id)
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    @Test
    void aRetiredScenarioLeavesTheListAndCannotBeApproved() {
        UUID id = steps.created("commander", steps.definition("Old plan"));

        steps.as("admin")
                .delete()
                .uri("/api/scenarios/{id}", id)
                .exchange()
                .expectStatus()
                .isNoContent();

        JsonNode list = steps.read(steps.as("commander")
                .get()
                .uri("/api/scenarios")
                .exchange()
                .expectStatus()
                .isOk());
        List<String> ids = new java.util.ArrayList<>();
        list.forEach(scenario -> ids.add(scenario.get("id").asString()));
        assertThat(ids).doesNotContain(id.toString());
        steps.approve("admin", id, 1).expectStatus().isEqualTo(409);
        steps.as("commander")
                .get()
                .uri("/api/scenarios/{id}", UUID.randomUUID())
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    private List<String> audited(String scenarioId) {
        return db.sql("SELECT action FROM audit_log WHERE subject = ? ORDER BY id")
                .param(scenarioId)
                .query(String.class)
                .list();
    }
}
