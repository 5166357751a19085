package io.muster.incident.statement;

import io.muster.incident.Fixtures;
import io.muster.incident.IncidentServiceIntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the states the public-voice tests start from: declared incidents, logins of any role
 * (TEAM logins are not in the demo seed yet), designated spokespeople, drafted and published statements.
 */
public final class StatementScenario {

    private final WebTestClient http;
    private final JdbcClient db;
    private final JsonMapper json;
    private final PasswordEncoder passwords;

    public StatementScenario(WebTestClient http, JdbcClient db, JsonMapper json, PasswordEncoder passwords) {
        this.http = http;
        this.db = db;
        this.json = json;
        this.passwords = passwords;
    }

    public WebTestClient as(String user) {
        return http.mutate()
                .defaultHeaders(h -> h.setBasicAuth(user, IncidentServiceIntegrationTest.PASSWORD))
                .build();
    }

    /** A new login with these roles and the tests' password. */
    public String login(String... roles) {
        String username = "u-" + UUID.randomUUID().toString().substring(0, 12);
        db.sql("INSERT INTO app_users (username, password_hash, roles) VALUES (?, ?, ?)")
                .params(username, passwords.encode(IncidentServiceIntegrationTest.PASSWORD), roles)
                .update();
        return username;
    }

    /** An incident declared by the demo commander (who therefore commands it). */
    public UUID declaredIncident(boolean exercise) {
        var person = new Fixtures(db)
                .person(Fixtures.freshRole(), "+15557" + (100_000 + (int) (Math.random() * 899_999)), false);
        JsonNode created = read(as("commander")
                .post()
                .uri("/api/incidents")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of(
                        "title", "Public voice drill",
                        "message", "Testing statements.",
                        "severity", "HIGH",
                        "exercise", exercise,
                        "notify", Map.of("employeeIds", List.of(person.employeeId()))))
                .exchange()
                .expectStatus()
                .isCreated());
        return UUID.fromString(created.get("id").asString());
    }

    /** Makes the incident's type one that needs a second approver. */
    public void requireTwoPeople(UUID incidentId) {
        db.sql(
                        "INSERT INTO incident_types (code, name, two_person_approval) VALUES ('TWO_PERSON_TEST', 'Two-person test', true)"
                                + " ON CONFLICT DO NOTHING")
                .update();
        db.sql("UPDATE incidents SET incident_type = 'TWO_PERSON_TEST' WHERE id = ?")
                .param(incidentId)
                .update();
    }

    public void designate(UUID incidentId, String spokesperson) {
        as("commander")
                .put()
                .uri("/api/incidents/{id}/roles/spokesperson", incidentId)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", spokesperson))
                .exchange()
                .expectStatus()
                .isOk();
    }

    /** A statement drafted by {@code user} with one English text; its id. */
    public UUID draft(UUID incidentId, String user, String headline) {
        return draft(incidentId, user, headline, List.of(Map.of("language", "en", "text", "Text of " + headline)));
    }

    public UUID draft(UUID incidentId, String user, String headline, List<Map<String, String>> texts) {
        JsonNode created = read(as(user).post()
                .uri("/api/incidents/{id}/statements", incidentId)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("headline", headline, "texts", texts))
                .exchange()
                .expectStatus()
                .isCreated());
        return UUID.fromString(created.get("id").asString());
    }

    public WebTestClient.ResponseSpec publish(
            UUID incidentId, UUID statementId, String user, Map<String, Object> body) {
        return as(user).post()
                .uri("/api/incidents/{id}/statements/{s}/publish", incidentId, statementId)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }

    /** Publishes version 1 as the given spokesperson (who must be designated); the statement as JSON. */
    public JsonNode published(UUID incidentId, UUID statementId, String spokesperson) {
        return read(publish(incidentId, statementId, spokesperson, Map.of("version", 1))
                .expectStatus()
                .isOk());
    }

    /** A new incident with a designated demo spokesperson and one published statement; its id. */
    public UUID publishedStatement(boolean exercise, boolean publishExercise, String headline) {
        UUID incidentId = declaredIncident(exercise);
        designate(incidentId, "spokesperson");
        UUID statementId = draft(incidentId, "spokesperson", headline);
        read(publish(incidentId, statementId, "spokesperson", Map.of("version", 1, "publishExercise", publishExercise))
                .expectStatus()
                .isOk());
        return statementId;
    }

    public JsonNode read(WebTestClient.ResponseSpec response) {
        return json.readTree(response.expectBody(String.class).returnResult().getResponseBody());
    }
}
