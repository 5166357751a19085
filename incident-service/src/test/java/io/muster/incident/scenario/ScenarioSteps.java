package io.muster.incident.scenario;

import io.muster.incident.Fixtures;
import io.muster.incident.IncidentServiceIntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Builds the states the scenario tests start from: scenarios for a fresh audience, approved or not. */
final class ScenarioSteps {

    private final WebTestClient http;
    private final JdbcClient db;
    private final JsonMapper json;

    ScenarioSteps(WebTestClient http, JdbcClient db, JsonMapper json) {
        this.http = http;
        this.db = db;
        this.json = json;
    }

    WebTestClient as(String user) {
        return http.mutate()
                .defaultHeaders(h -> h.setBasicAuth(user, IncidentServiceIntegrationTest.PASSWORD))
                .build();
    }

    /** A scenario body reaching one new person (in a role of their own), English then French. */
    Map<String, Object> definition(String name) {
        var person = new Fixtures(db)
                .person(Fixtures.freshRole(), "+15558" + (100_000 + (int) (Math.random() * 899_999)), true);
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put(
                "texts",
                List.of(
                        Map.of("language", "en", "subject", "Evacuate {site}", "body", "Leave {site} now ({time})."),
                        Map.of("language", "fr", "subject", "Évacuez {site}", "body", "Quittez {site} ({time}).")));
        body.put("severity", "HIGH");
        body.put("audience", Map.of("employeeIds", List.of(person.employeeId())));
        body.put("statusUpdate", "Evacuation of {site} started at {time}.");
        body.put(
                "publicStatement",
                Map.of(
                        "headline",
                        "Evacuation at {site}",
                        "texts",
                        List.of(Map.of("language", "en", "text", "We evacuated {site} on {date} at {time}."))));
        return body;
    }

    WebTestClient.ResponseSpec create(String user, Map<String, Object> definition) {
        return as(user).post()
                .uri("/api/scenarios")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(definition)
                .exchange();
    }

    UUID created(String user, Map<String, Object> definition) {
        return UUID.fromString(read(create(user, definition).expectStatus().isCreated())
                .get("id")
                .asString());
    }

    WebTestClient.ResponseSpec approve(String user, UUID id, int version) {
        return as(user).post()
                .uri("/api/scenarios/{id}/approvals", id)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("version", version))
                .exchange();
    }

    /** A scenario by the demo commander, approved by the admin; its id. */
    UUID approved(Map<String, Object> definition) {
        UUID id = created("commander", definition);
        approve("admin", id, 1).expectStatus().isOk();
        return id;
    }

    WebTestClient.ResponseSpec launch(String user, UUID id, Map<String, Object> body, String key) {
        return as(user).post()
                .uri("/api/scenarios/{id}/launches", id)
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }

    /** A site of the demo organisation: its id and name. */
    Map<String, Object> site() {
        return db.sql("SELECT id, name FROM sites ORDER BY name LIMIT 1")
                .query()
                .singleRow();
    }

    void twoPersonType(String code) {
        db.sql(
                        "INSERT INTO incident_types (code, name, two_person_approval) VALUES (?, ?, true) ON CONFLICT DO NOTHING")
                .params(code, "Two people " + code)
                .update();
    }

    JsonNode read(WebTestClient.ResponseSpec response) {
        return json.readTree(response.expectBody(String.class).returnResult().getResponseBody());
    }
}
