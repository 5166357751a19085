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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IncidentServiceIntegrationTest
class MyRequestsIntegrationTests {

    @Autowired
    WebTestClient http;

    @Autowired
    JdbcClient db;

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
    void anEmployeeSeesOnlyTheirOwnRequestsOpenOnesFirst() {
        UUID closed = scenario.declareFor(List.of(people.get(0).id()));
        scenario.close(closed);
        UUID longClosed = scenario.declareFor(List.of(people.get(0).id()));
        scenario.close(longClosed);
        db.sql("UPDATE incidents SET closed_at = now() - interval '9 days' WHERE id = ?")
                .param(longClosed)
                .update();

        JsonNode mine = scenario.getJson(ada, "/api/me/requests");

        // The open incident, then the one closed recently (its code is still hers); not the one closed long ago.
        assertThat(mine.findValuesAsString("incidentId")).containsExactly(incident.toString(), closed.toString());
        assertThat(mine.get(0).get("status").asString()).isEqualTo("OPEN");
        assertThat(mine.get(1).get("status").asString()).isEqualTo("CLOSED");
        assertThat(mine.get(1).get("closedAt").isNull()).isFalse();
        assertThat(mine.get(1).get("options")).isEmpty();
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
        JsonNode mine = scenario.getJson(ada, "/api/me/requests").get(0);
        assertThat(mine.get("state").asString()).isEqualTo("NEEDS_HELP");
        assertThat(mine.get("answerChannel").asString()).isEqualTo("WEB");
        assertThat(mine.get("answeredAt").isNull()).isFalse();
        assertThat(mine.get("late").asBoolean()).isFalse();
    }

    @Test
    void anEmployeeSeesThatItIsAnExerciseAndWhereToReportWhenTheirSiteIsAffected() {
        var fixtures = new Fixtures(db);
        TestPerson bea = fixtures.person(Fixtures.freshRole(), "+15557500101", true);
        UUID hilltop = site("Hilltop " + UUID.randomUUID(), null, "1 Hill Road");
        UUID riverside = site("Riverside " + UUID.randomUUID(), hilltop, null);
        fixtures.set(bea, "site_id", riverside);
        String login = scenario.login(encoder, "EMPLOYEE", bea.id());
        UUID drill = UUID.fromString(scenario.read(scenario.as("commander")
                        .post()
                        .uri("/api/incidents")
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(Map.of(
                                "title",
                                "Drill " + UUID.randomUUID(),
                                "message",
                                "Practise.",
                                "severity",
                                "LOW",
                                "exercise",
                                true,
                                "affectedSiteIds",
                                List.of(riverside),
                                "notify",
                                Map.of("personIds", List.of(bea.id()))))
                        .exchange()
                        .expectStatus()
                        .isCreated()
                        .expectBody(String.class)
                        .returnResult()
                        .getResponseBody())
                .get("id")
                .asString());
        answer(login, scenario.notificationOf(drill, bea.id()), Map.of("answer", "AT_ALTERNATE_SITE"))
                .expectStatus()
                .isOk();

        JsonNode mine = scenario.getJson(login, "/api/me/requests").get(0);

        assertThat(mine.get("exercise").asBoolean()).isTrue();
        assertThat(mine.get("siteAffected").asBoolean()).isTrue();
        assertThat(mine.get("alternateSite").get("name").asString()).startsWith("Hilltop ");
        assertThat(mine.get("alternateSite").get("site").asString()).startsWith("Riverside ");
        assertThat(mine.get("alternateSite").get("address").asString()).isEqualTo("1 Hill Road");
        assertThat(mine.get("state").asString()).isEqualTo("AT_ALTERNATE_SITE");
        assertThat(mine.get("reportingSite").asString()).startsWith("Hilltop ");
        assertThat(mine.get("options").findValuesAsString("answer")).contains("AT_ALTERNATE_SITE");
    }

    private UUID site(String name, UUID alternate, String address) {
        UUID id = UUID.randomUUID();
        db.sql("INSERT INTO sites (id, name, alternate_site_id, address) VALUES (?, ?, ?, ?)")
                .params(id, name, alternate, address)
                .update();
        return id;
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
