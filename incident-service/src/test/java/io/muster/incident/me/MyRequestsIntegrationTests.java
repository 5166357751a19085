package io.muster.incident.me;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.incident.Fixtures;
import io.muster.incident.Fixtures.TestPerson;
import io.muster.incident.IncidentServiceIntegrationTest;
import io.muster.incident.accountability.Scenario;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IncidentServiceIntegrationTest
class MyRequestsIntegrationTests {

    @Autowired
    WebTestClient http;

    @Autowired
    DatabaseClient db;

    @Autowired
    JsonMapper json;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    PasswordEncoder encoder;

    private Scenario scenario;
    private List<TestPerson> people;
    private String ada;
    private UUID incident;

    @BeforeEach
    void twoEmployeesInOneIncident() {
        scenario = new Scenario(http, db, json, kafka);
        people = new Fixtures(db).peopleInRole(Fixtures.freshRole(), 2);
        ada = scenario.login(encoder, "EMPLOYEE", people.get(0).id());
        incident = scenario.declareFor(people.stream().map(TestPerson::id).toList());
    }

    @Test
    void anEmployeeSeesOnlyTheirOwnOpenRequests() {
        UUID closed = scenario.declareFor(List.of(people.get(0).id()));
        scenario.close(closed);

        JsonNode mine = scenario.getJson(ada, "/api/me/requests");

        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).get("notificationId").asString())
                .isEqualTo(scenario.notificationOf(incident, people.get(0).id()).toString());
        assertThat(mine.get(0).get("message").asString()).isEqualTo("Are you safe?");
        assertThat(mine.get(0).get("title").asString()).startsWith("Roll call");
        assertThat(mine.get(0).get("replyCode").asString()).isNotBlank();
        // No site, so no alternate site: "at the alternate site" is not offered.
        assertThat(mine.get(0).get("options").findValuesAsString("answer")).containsExactly("SAFE", "NEEDS_HELP");
        assertThat(scenario.getJson(scenario.login(encoder, "EMPLOYEE", null), "/api/me/requests"))
                .isEmpty();
    }

    @Test
    void anEmployeesOwnAnswerIsRecordedOnTheWebAsTheirs() {
        UUID own = scenario.notificationOf(incident, people.get(0).id());

        answer(ada, own, Map.of("answer", "NEEDS_HELP", "location", "Stairwell 3", "comment", "Twisted ankle"))
                .expectStatus()
                .isOk();

        JsonNode row = scenario.people(incident).get(people.get(0).id());
        assertThat(row.get("state").asString()).isEqualTo("NEEDS_HELP");
        assertThat(row.get("channel").asString()).isEqualTo("WEB");
        assertThat(row.get("source").asString()).isEqualTo("PERSON");
        assertThat(row.get("location").asString()).isEqualTo("Stairwell 3");
        assertThat(scenario.getJson(ada, "/api/me/requests").get(0).get("state").asString())
                .isEqualTo("NEEDS_HELP");
    }

    @Test
    void someoneElsesRequestIsNotFoundAndBadAnswersAreProblems() {
        UUID theirs = scenario.notificationOf(incident, people.get(1).id());
        UUID own = scenario.notificationOf(incident, people.get(0).id());

        answer(ada, theirs, Map.of("answer", "SAFE"))
                .expectStatus()
                .isNotFound()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:request-not-found");
        answer(ada, UUID.randomUUID(), Map.of("answer", "SAFE")).expectStatus().isNotFound();
        answer(ada, own, Map.of("answer", "MAYBE")).expectStatus().isBadRequest();
        answer(ada, own, Map.of("answer", "NO_RESPONSE")).expectStatus().isBadRequest();
        answer(ada, own, Map.of())
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:validation");
        answer(ada, own, Map.of("answer", "SAFE", "comment", "x".repeat(1001)))
                .expectStatus()
                .isBadRequest();
        scenario.as(ada)
                .post()
                .uri("/api/me/requests/not-a-uuid/answer")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("answer", "SAFE"))
                .exchange()
                .expectStatus()
                .isBadRequest();
        http.get().uri("/api/me/requests").exchange().expectStatus().isUnauthorized();

        assertThat(scenario.people(incident).values())
                .allSatisfy(row -> assertThat(row.get("state").asString()).isEqualTo("NO_RESPONSE"));
    }

    private WebTestClient.ResponseSpec answer(String user, UUID notification, Map<String, Object> body) {
        return scenario.as(user)
                .post()
                .uri("/api/me/requests/{id}/answer", notification)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }
}
