package io.muster.incident.directory;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.incident.Fixtures;
import io.muster.incident.IncidentServiceIntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IncidentServiceIntegrationTest
class DirectoryIntegrationTests {

    @Autowired
    WebTestClient http;

    @Autowired
    JdbcClient db;

    @Autowired
    JsonMapper json;

    @Test
    void aPersonCanBeCreatedReadReplacedGivenRolesAndDeleted() {
        UUID site = UUID.fromString(send("POST", "/api/sites", Map.of("name", "Site " + UUID.randomUUID()), 201)
                .get("id")
                .asString());
        String role = Fixtures.freshRole();
        send("POST", "/api/roles", Map.of("name", role), 201);
        Map<String, Object> person = person("E-" + UUID.randomUUID());
        person.put("siteId", site);
        person.put("phones", List.of("(415) 555-2671", "+44 20 7946 0958"));
        JsonNode created = send("POST", "/api/people", person, 201);
        String id = created.get("id").asString();
        assertThat(created.get("phones").toString()).isEqualTo("[\"+14155552671\",\"+442079460958\"]");
        assertThat(created.get("phone").asString()).isEqualTo("+14155552671");
        assertThat(created.get("siteId").asString()).isEqualTo(site.toString());

        person.put("name", "Renamed Person");
        person.put("quietFrom", "22:00");
        person.put("quietUntil", "07:00");
        send("PUT", "/api/people/" + id, person, 200);
        send("PUT", "/api/people/" + id + "/roles", List.of(role), 200);
        JsonNode read = send("GET", "/api/people/" + id, null, 200);
        assertThat(read.get("name").asString()).isEqualTo("Renamed Person");
        assertThat(read.get("quietFrom").asString()).startsWith("22:00");
        assertThat(read.get("roles").toString()).isEqualTo("[\"" + role + "\"]");

        send("DELETE", "/api/people/" + id, null, 204);
        send("GET", "/api/people/" + id, null, 404);
    }

    @Test
    void anInvalidPhoneIsAValidationProblemNamingTheFieldAndNothingIsSaved() {
        String employeeId = "E-" + UUID.randomUUID();
        Map<String, Object> person = person(employeeId);
        person.put("phones", List.of("+14155552671", "12"));
        JsonNode problem = send("POST", "/api/people", person, 400);
        assertThat(problem.get("type").asString()).isEqualTo("urn:muster:problem:validation");
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("phones[1]");
        assertThat(peopleWith(employeeId)).isZero();
    }

    @Test
    void aRoleNameThatCouldNeverBeDeletedIsRefused() {
        for (String name :
                java.util.List.of("a/b", "50%", "back\\slash", "semi;colon", ".", "..", "line\nbreak", "tab\there")) {
            send("POST", "/api/roles", Map.of("name", name), 400);
        }
        String role = "Floor Warden (B) & First-Aid, Level 2 "
                + UUID.randomUUID().toString().substring(0, 4);
        send("POST", "/api/roles", Map.of("name", role), 201);
        http.delete()
                .uri("/api/roles/{name}", role)
                .headers(h -> h.setBasicAuth("admin", IncidentServiceIntegrationTest.PASSWORD))
                .exchange()
                .expectStatus()
                .isNoContent();
    }

    @Test
    void rolesGivenAsNullAreAValidationProblem() {
        UUID person = UUID.fromString(send("POST", "/api/people", person("E-" + UUID.randomUUID()), 201)
                .get("id")
                .asString());
        java.util.List<String> nulls = new java.util.ArrayList<>();
        nulls.add(null);
        send("PUT", "/api/people/" + person + "/roles", nulls, 400);
        send("PUT", "/api/people/" + person + "/roles", java.util.List.of(""), 400);
    }

    @Test
    void anInvalidEmailIsAValidationProblem() {
        Map<String, Object> person = person("E-" + UUID.randomUUID());
        person.put("email", "not an address");
        JsonNode problem = send("POST", "/api/people", person, 400);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("email");
    }

    @Test
    void aDeputyCycleIsRefusedAndNothingIsSaved() {
        String a = send("POST", "/api/people", person("E-" + UUID.randomUUID()), 201)
                .get("id")
                .asString();
        Map<String, Object> b = person("E-" + UUID.randomUUID());
        b.put("deputyId", a);
        String bId = send("POST", "/api/people", b, 201).get("id").asString();
        Map<String, Object> c = person("E-" + UUID.randomUUID());
        c.put("deputyId", bId);
        String cId = send("POST", "/api/people", c, 201).get("id").asString();

        Map<String, Object> aAgain = person("E-again-" + UUID.randomUUID());
        aAgain.put("deputyId", cId);
        JsonNode problem = send("PUT", "/api/people/" + a, aAgain, 422);
        assertThat(problem.get("type").asString()).isEqualTo("urn:muster:problem:deputy-cycle");
        assertThat(peopleWith(aAgain.get("employeeId").toString())).isZero();
    }

    @Test
    void unknownReferencesAndDuplicateEmployeeIdsAreRefused() {
        Map<String, Object> person = person("E-" + UUID.randomUUID());
        person.put("siteId", UUID.randomUUID());
        assertThat(send("POST", "/api/people", person, 422).get("type").asString())
                .isEqualTo("urn:muster:problem:unknown-sites");
        person.remove("siteId");
        person.put("managerId", UUID.randomUUID());
        send("POST", "/api/people", person, 422);
        person.remove("managerId");
        send("POST", "/api/people", person, 201);
        assertThat(send("POST", "/api/people", person, 409).get("type").asString())
                .isEqualTo("urn:muster:problem:duplicate-employee-id");
    }

    @Test
    void hrSeesFlaggedContactPointsButMayNotWriteTheDirectory() {
        var fixtures = new Fixtures(db);
        var flagged = fixtures.person(Fixtures.freshRole(), "+14155550123", false);
        var fine = fixtures.person(Fixtures.freshRole(), "+14155550124", false);
        db.sql("INSERT INTO contact_points (person_id, kind, address, permanent_failures, flagged_at) "
                        + "VALUES (?, 'PHONE', '+14155550123', 3, now()), (?, 'PHONE', '+14155550124', 1, NULL)")
                .params(flagged.id(), fine.id())
                .update();
        byte[] body = http.get()
                .uri("/api/contact-points?flagged=true")
                .headers(h -> h.setBasicAuth("hr", IncidentServiceIntegrationTest.PASSWORD))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .returnResult()
                .getResponseBody();
        String list = new String(body, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(list)
                .contains(flagged.employeeId(), "\"permanentFailures\":3")
                .doesNotContain(fine.employeeId());
        http.post()
                .uri("/api/sites")
                .headers(h -> h.setBasicAuth("hr", IncidentServiceIntegrationTest.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "x"))
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    private static Map<String, Object> person(String employeeId) {
        Map<String, Object> person = new HashMap<>();
        person.put("employeeId", employeeId);
        person.put("name", "Person " + employeeId);
        person.put("email", "someone@example.org");
        person.put("timeZone", "Europe/Berlin");
        return person;
    }

    private long peopleWith(String employeeId) {
        return new Fixtures(db).count("SELECT count(*) FROM people WHERE employee_id = ?", employeeId);
    }

    private JsonNode send(String method, String uri, Object body, int status) {
        var request = http.method(org.springframework.http.HttpMethod.valueOf(method))
                .uri(uri)
                .headers(h -> h.setBasicAuth("admin", IncidentServiceIntegrationTest.PASSWORD));
        var spec = body == null
                ? request.exchange()
                : request.contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(body)
                        .exchange();
        byte[] response = spec.expectStatus()
                .isEqualTo(HttpStatus.valueOf(status))
                .expectBody()
                .returnResult()
                .getResponseBody();
        return response == null ? json.createObjectNode() : json.readTree(response);
    }
}
