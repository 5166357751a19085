package io.muster.incident.directory;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.incident.Fixtures;
import io.muster.incident.IncidentServiceIntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the directory refuses to delete or change, and how it says so. */
@IncidentServiceIntegrationTest
class DirectoryConflictsIntegrationTests {

    @Autowired
    WebTestClient http;

    @Autowired
    JdbcClient db;

    @Autowired
    JsonMapper json;

    @Test
    void aPersonWhoWasNotifiedIsInUseAndStays() {
        var person = new Fixtures(db).person(Fixtures.freshRole(), "+14155550301", true);
        send("commander", HttpMethod.POST, "/api/incidents", declarationFor(person.id()), 201);

        JsonNode problem = send("admin", HttpMethod.DELETE, "/api/people/" + person.id(), null, 409);

        assertThat(problem.get("type").asString()).isEqualTo("urn:muster:problem:person-in-use");
        send("admin", HttpMethod.GET, "/api/people/" + person.id(), null, 200);
    }

    @Test
    void aPersonWithALoginIsInUseAndANotifiedOneWithoutIsDeleted() {
        var fixtures = new Fixtures(db);
        var withLogin = fixtures.person(Fixtures.freshRole(), "+14155550302", false);
        var plain = fixtures.person(Fixtures.freshRole(), "+14155550303", false);
        db.sql("INSERT INTO app_users (username, password_hash, roles, person_id) VALUES (?, 'x', '{EMPLOYEE}', ?)")
                .params("user-" + withLogin.employeeId(), withLogin.id())
                .update();

        assertThat(send("admin", HttpMethod.DELETE, "/api/people/" + withLogin.id(), null, 409)
                        .get("type")
                        .asString())
                .isEqualTo("urn:muster:problem:person-in-use");
        send("admin", HttpMethod.DELETE, "/api/people/" + plain.id(), null, 204);
        send("admin", HttpMethod.GET, "/api/people/" + plain.id(), null, 404);
    }

    @Test
    void aSiteWherePeopleWorkOrThatIsAnAlternateIsInUse() {
        String worked = site(Map.of("name", "Worked " + UUID.randomUUID()));
        var person = new Fixtures(db).person(Fixtures.freshRole(), "+14155550304", false);
        db.sql("UPDATE people SET site_id = ? WHERE id = ?")
                .params(UUID.fromString(worked), person.id())
                .update();
        String alternate = site(Map.of("name", "Alternate " + UUID.randomUUID()));
        String main = site(Map.of("name", "Main " + UUID.randomUUID(), "alternateSiteId", alternate));

        for (String inUse : List.of(worked, alternate)) {
            assertThat(send("admin", HttpMethod.DELETE, "/api/sites/" + inUse, null, 409)
                            .get("type")
                            .asString())
                    .isEqualTo("urn:muster:problem:site-in-use");
        }
        send("admin", HttpMethod.DELETE, "/api/sites/" + main, null, 204);
        send("admin", HttpMethod.DELETE, "/api/sites/" + alternate, null, 204);
        send("admin", HttpMethod.DELETE, "/api/sites/" + alternate, null, 404);
    }

    @Test
    void aSiteCanBeRenamedAndGivenAnAlternate() {
        String alternate = site(Map.of("name", "Depot " + UUID.randomUUID()));
        String id = site(Map.of("name", "Plant " + UUID.randomUUID()));
        String renamed = "Plant renamed " + UUID.randomUUID();

        send(
                "admin",
                HttpMethod.PUT,
                "/api/sites/" + id,
                Map.of("name", renamed, "address", "1 Quay Street", "alternateSiteId", alternate),
                200);

        JsonNode read = send("admin", HttpMethod.GET, "/api/sites/" + id, null, 200);
        assertThat(read.get("name").asString()).isEqualTo(renamed);
        assertThat(read.get("address").asString()).isEqualTo("1 Quay Street");
        assertThat(read.get("alternateSiteId").asString()).isEqualTo(alternate);
    }

    @Test
    void aSiteUpdateIsRefusedForAnUnknownSiteAClashingNameOrItselfAsAlternate() {
        String taken = "Taken " + UUID.randomUUID();
        site(Map.of("name", taken));
        String id = site(Map.of("name", "Site " + UUID.randomUUID()));

        send("admin", HttpMethod.PUT, "/api/sites/" + UUID.randomUUID(), Map.of("name", "n"), 404);
        assertThat(type(send("admin", HttpMethod.PUT, "/api/sites/" + id, Map.of("name", taken), 409)))
                .isEqualTo("urn:muster:problem:duplicate-site-name");
        JsonNode self = send(
                "admin", HttpMethod.PUT, "/api/sites/" + id, Map.of("name", "n " + id, "alternateSiteId", id), 400);
        assertThat(self.get("errors").get(0).get("field").asString()).isEqualTo("alternateSiteId");
        assertThat(type(send(
                        "admin",
                        HttpMethod.PUT,
                        "/api/sites/" + id,
                        Map.of("name", "n " + id, "alternateSiteId", UUID.randomUUID()),
                        422)))
                .isEqualTo("urn:muster:problem:unknown-sites");
        assertThat(send("admin", HttpMethod.GET, "/api/sites/" + id, null, 200)
                        .get("name")
                        .asString())
                .startsWith("Site ");
    }

    @Test
    void aRoleThatPeopleHaveOrACallTreeNamesIsInUse() {
        String held = Fixtures.freshRole();
        new Fixtures(db).person(held, "+14155550305", false);
        String inTree = Fixtures.freshRole();
        send("admin", HttpMethod.POST, "/api/roles", Map.of("name", inTree), 201);
        send(
                "commander",
                HttpMethod.POST,
                "/api/call-trees",
                Map.of(
                        "name",
                        "Tree " + UUID.randomUUID(),
                        "stepTimeout",
                        "PT2M",
                        "levels",
                        List.of(Map.of("roles", List.of(inTree), "escalateAfter", "PT10M"))),
                201);
        String unused = Fixtures.freshRole();
        send("admin", HttpMethod.POST, "/api/roles", Map.of("name", unused), 201);

        for (String role : List.of(held, inTree)) {
            assertThat(type(send("admin", HttpMethod.DELETE, "/api/roles/{name}", null, 409, role)))
                    .isEqualTo("urn:muster:problem:role-in-use");
        }
        send("admin", HttpMethod.DELETE, "/api/roles/{name}", null, 204, unused);
        send("admin", HttpMethod.DELETE, "/api/roles/{name}", null, 404, unused);
    }

    private static Map<String, Object> declarationFor(UUID person) {
        return Map.of(
                "title", "In use", "message", "m", "severity", "LOW", "notify", Map.of("personIds", List.of(person)));
    }

    private String site(Map<String, Object> body) {
        return send("admin", HttpMethod.POST, "/api/sites", body, 201).get("id").asString();
    }

    private static String type(JsonNode problem) {
        return problem.get("type").asString();
    }

    private JsonNode send(String user, HttpMethod method, String uri, Object body, int status, Object... variables) {
        var request = http.method(method)
                .uri(uri, variables)
                .headers(h -> h.setBasicAuth(user, IncidentServiceIntegrationTest.PASSWORD));
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
