package io.muster.incident.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.incident.IncidentServiceIntegrationTest;
import java.time.Duration;
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

/**
 * The hotline's half of launch by phone: the gateway, with its service token, reads the keypad menu and
 * launches for the commander it identified; every commander is told by SMS.
 */
@IncidentServiceIntegrationTest
class PhoneLaunchIntegrationTests {

    @Autowired
    WebTestClient http;

    @Autowired
    JdbcClient db;

    @Autowired
    JsonMapper json;

    private ScenarioSteps steps;
    private WebTestClient gateway;

    @BeforeEach
    void steps() {
        http = http.mutate().responseTimeout(Duration.ofSeconds(30)).build();
        steps = new ScenarioSteps(http, db, json);
        gateway = http.mutate()
                .defaultHeader("X-Muster-Service-Token", IncidentServiceIntegrationTest.HOTLINE_TOKEN)
                .build();
    }

    @Test
    void theMenuListsApprovedScenariosWithTheirKeypadNumbersAndTheSites() {
        UUID approved = steps.approved(steps.definition("Phone menu"));
        UUID unapproved = steps.created("commander", steps.definition("Not on the menu"));

        JsonNode menu = steps.read(gateway.get()
                .uri("/api/hotline/scenarios")
                .exchange()
                .expectStatus()
                .isOk());

        List<String> ids = new java.util.ArrayList<>();
        menu.get("scenarios").forEach(s -> ids.add(s.get("id").asString()));
        assertThat(ids).contains(approved.toString()).doesNotContain(unapproved.toString());
        assertThat(menu.get("scenarios").get(0).get("keypad").asInt()).isPositive();
        assertThat(menu.get("sites").get(0).get("keypad").asInt()).isEqualTo(1);
    }

    @Test
    void aPhoneLaunchDeclaresForTheCommanderAndTellsEveryCommander() {
        UUID id = steps.approved(steps.definition("By phone"));

        JsonNode launched = steps.read(phoneLaunch(
                        id,
                        Map.of(
                                "employeeId",
                                "E001",
                                "siteIds",
                                List.of(steps.site().get("id"))),
                        "CA-" + UUID.randomUUID())
                .expectStatus()
                .isCreated());

        UUID incident = UUID.fromString(launched.get("incidentId").asString());
        assertThat(db.sql("SELECT declared_by FROM incidents WHERE id = ?")
                        .param(incident)
                        .query(String.class)
                        .single())
                .isEqualTo("commander");
        assertThat(db.sql("SELECT source FROM scenario_launches WHERE incident_id = ?")
                        .param(incident)
                        .query(String.class)
                        .single())
                .isEqualTo("PHONE");
        List<UUID> commanders = db.sql(
                        "SELECT person_id FROM app_users WHERE 'COMMANDER' = ANY(roles) AND person_id IS NOT NULL AND NOT disabled")
                .query(UUID.class)
                .list();
        List<UUID> demoCommanders = db.sql("SELECT id FROM people WHERE employee_id IN ('E001', 'E026')")
                .query(UUID.class)
                .list();
        List<UUID> told = db.sql("SELECT person_id FROM scenario_launch_notices WHERE incident_id = ?")
                .param(incident)
                .query(UUID.class)
                .list();
        assertThat(demoCommanders).hasSize(2);
        assertThat(told).containsAll(demoCommanders);
        assertThat(commanders).containsAll(told);
        assertThat(db.sql(
                                "SELECT count(*) FROM outbox WHERE payload LIKE ? AND payload LIKE '%Launched by phone: By phone%'")
                        .param("%" + incident + "%")
                        .query(Long.class)
                        .single())
                .isEqualTo(told.size());
    }

    @Test
    void withoutTheServiceTokenNobodyLaunchesByPhoneNotEvenACommander() {
        UUID id = steps.approved(steps.definition("No token"));
        var body = Map.<String, Object>of("employeeId", "E001");

        http.post()
                .uri("/api/hotline/scenarios/{id}/launches", id)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isUnauthorized();
        steps.as("commander")
                .post()
                .uri("/api/hotline/scenarios/{id}/launches", id)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isForbidden();
        http.get()
                .uri("/api/hotline/scenarios")
                .header("X-Muster-Service-Token", "wrong-token-wrong-token-wrong-token")
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }

    @Test
    void anEmployeeIdWithoutACommanderLoginCannotLaunch() {
        UUID id = steps.approved(steps.definition("Not a commander"));

        phoneLaunch(
                        id,
                        Map.of(
                                "employeeId",
                                "E030",
                                "siteIds",
                                List.of(steps.site().get("id"))),
                        "CA-" + UUID.randomUUID())
                .expectStatus()
                .isForbidden()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:not-a-commander");
        assertThat(db.sql("SELECT count(*) FROM scenario_launches WHERE scenario_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private WebTestClient.ResponseSpec phoneLaunch(UUID id, Map<String, Object> body, String key) {
        return gateway.post()
                .uri("/api/hotline/scenarios/{id}/launches", id)
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }
}
