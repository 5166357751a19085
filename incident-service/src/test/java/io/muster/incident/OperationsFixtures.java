package io.muster.incident;

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
 * What the operations tests (lifecycle, status log, documents, hotline) share: a TEAM login (until
 * the demo seed has one) and declaring an incident of a type.
 */
public final class OperationsFixtures {

    /** A login with role TEAM and no person. */
    public static final String TEAM = "ops-team";

    private final WebTestClient http;
    private final JdbcClient db;
    private final JsonMapper json;

    public OperationsFixtures(WebTestClient http, JdbcClient db, JsonMapper json) {
        this.http =
                http.mutate().responseTimeout(java.time.Duration.ofSeconds(30)).build();
        this.db = db;
        this.json = json;
    }

    public OperationsFixtures withTeamLogin(PasswordEncoder encoder) {
        db.sql(
                        "INSERT INTO app_users (username, password_hash, roles) VALUES (?, ?, ?) ON CONFLICT (username) DO NOTHING")
                .params(TEAM, encoder.encode(IncidentServiceIntegrationTest.PASSWORD), new String[] {"TEAM"})
                .update();
        return this;
    }

    /** Declares an incident of the type for one fresh person; returns its id. */
    public UUID declare(String incidentType) {
        var person = new Fixtures(db)
                .person(Fixtures.freshRole(), "+1555" + (1_000_000 + (int) (Math.random() * 8_999_999)), false);
        JsonNode created = json.readTree(http.post()
                .uri("/api/incidents")
                .headers(h -> h.setBasicAuth("commander", IncidentServiceIntegrationTest.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of(
                        "title",
                        "Operations " + UUID.randomUUID(),
                        "message",
                        "m",
                        "severity",
                        "MODERATE",
                        "incidentType",
                        incidentType,
                        "notify",
                        Map.of("personIds", List.of(person.id()))))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody()
                .returnResult()
                .getResponseBody());
        return UUID.fromString(created.get("id").asString());
    }

    /** Creates an incident type with a fresh code (as admin) and returns the code. */
    public String newType(String rto) {
        String code = "T"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        http.post()
                .uri("/api/incident-types")
                .headers(h -> h.setBasicAuth("admin", IncidentServiceIntegrationTest.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(
                        rto == null
                                ? Map.of("code", code, "name", "Type " + code)
                                : Map.of("code", code, "name", "Type " + code, "rto", rto))
                .exchange()
                .expectStatus()
                .isCreated();
        return code;
    }

    public void close(UUID incidentId) {
        http.post()
                .uri("/api/incidents/{id}/close", incidentId)
                .headers(h -> h.setBasicAuth("commander", IncidentServiceIntegrationTest.PASSWORD))
                .exchange()
                .expectStatus()
                .isOk();
    }
}
