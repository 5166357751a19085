package io.muster.incident.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.incident.Fixtures;
import io.muster.incident.Fixtures.TestPerson;
import io.muster.incident.IncidentServiceIntegrationTest;
import io.muster.incident.accountability.Scenario;
import io.muster.testkit.TestServers;
import io.muster.testkit.TopicProbe;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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
class TaskIntegrationTests {

    private static final String REQUESTS = "muster.notification-request.v1";
    private static final Duration WAIT = Duration.ofSeconds(20);

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
    private String role;
    private List<TestPerson> team;
    private UUID incident;
    private String teamLogin;

    @BeforeEach
    void incidentWithATeamOfTwo() {
        scenario = new Scenario(http, db, json, kafka);
        role = Fixtures.freshRole();
        team = new Fixtures(db).peopleInRole(role, 2);
        incident = scenario.declareFor(List.of(team.get(0).id()));
        teamLogin = scenario.login(encoder, "TEAM", team.get(0).id());
    }

    @Test
    void theTeamCreatesAssignsProgressesAndCommentsOnATaskAndEveryChangeIsAudited() {
        Instant due = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS);
        JsonNode task = create(Map.of("title", "Open the east gate", "ownerRole", role, "dueAt", due.toString()));
        String uri = "/api/incidents/" + incident + "/tasks/" + task.get("id").asString();
        assertThat(task.get("status").asString()).isEqualTo("OPEN");
        assertThat(task.get("ownerRole").asString()).isEqualTo(role);
        assertThat(task.get("createdBy").asString()).isEqualTo(teamLogin);

        JsonNode changed = scenario.read(patch(
                        uri,
                        Map.of(
                                "status",
                                "IN_PROGRESS",
                                "ownerPersonId",
                                team.get(1).id().toString()))
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody());
        assertThat(changed.get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(changed.get("ownerPersonId").asString())
                .isEqualTo(team.get(1).id().toString());
        assertThat(changed.get("ownerRole").isNull()).isTrue();
        assertThat(Instant.parse(changed.get("dueAt").asString())).isEqualTo(due);
        scenario.as(teamLogin)
                .post()
                .uri(uri + "/comments")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("body", "Key is with security"))
                .exchange()
                .expectStatus()
                .isCreated();

        JsonNode one = scenario.getJson("commander", uri);
        assertThat(one.get("comments").findValuesAsString("body")).containsExactly("Key is with security");
        assertThat(one.get("comments").get(0).get("author").asString()).isEqualTo(teamLogin);
        assertThat(scenario.getJson("hr", "/api/incidents/" + incident + "/tasks?status=IN_PROGRESS"))
                .hasSize(1);
        assertThat(scenario.getJson("commander", "/api/incidents/" + incident + "/audit")
                        .findValuesAsString("action"))
                .contains("TASK_CREATED", "TASK_UPDATED", "TASK_COMMENTED");
    }

    @Test
    void eachMemberOfTheOwningRoleIsRemindedOnceWhenTheTaskIsOverdue() {
        String title = "Call the insurer " + UUID.randomUUID();
        JsonNode task = create(Map.of(
                "title",
                title,
                "ownerRole",
                role,
                "dueAt",
                Instant.now().minusSeconds(5).toString()));

        try (TopicProbe requests = TopicProbe.on(TestServers.shared().kafkaBootstrapServers(), REQUESTS)) {
            Predicate<ConsumerRecord<String, String>> aboutTask =
                    r -> json.readTree(r.value()).get("subject").asString().equals(title);
            requests.awaitRecord(
                    aboutTask.and(r -> r.key().equals(team.get(0).id().toString())), WAIT);
            requests.awaitRecord(
                    aboutTask.and(r -> r.key().equals(team.get(1).id().toString())), WAIT);
            List<ConsumerRecord<String, String>> reminders = requests.recordsWithin(aboutTask, Duration.ofSeconds(3));
            assertThat(reminders).hasSize(2);
            JsonNode reminder = json.readTree(reminders.get(0).value());
            assertThat(reminder.get("replyOptions")).isEmpty();
            assertThat(reminder.get("purpose").asString()).isEqualTo("TASK_OVERDUE");
            assertThat(reminder.get("body").asString()).isEqualTo(titleOf(incident));
            assertThat(reminder.get("channels").findValuesAsString("channel")).doesNotContain("VOICE");

            patch(
                            "/api/incidents/" + incident + "/tasks/"
                                    + task.get("id").asString(),
                            Map.of("dueAt", Instant.now().minusSeconds(1).toString()))
                    .expectStatus()
                    .isOk();
            assertThat(requests.recordsWithin(aboutTask, Duration.ofSeconds(5))).hasSize(4);
        }
    }

    @Test
    void badTaskInputsAreProblems() {
        String tasks = "/api/incidents/" + incident + "/tasks";
        post(teamLogin, tasks, Map.of("title", " "), 400, "validation");
        post(
                teamLogin,
                tasks,
                Map.of(
                        "title",
                        "x",
                        "ownerRole",
                        role,
                        "ownerPersonId",
                        team.get(0).id()),
                400,
                "validation");
        post(teamLogin, tasks, Map.of("title", "x", "ownerRole", "Nobody " + UUID.randomUUID()), 422, "unknown-roles");
        post(teamLogin, tasks, Map.of("title", "x", "ownerPersonId", UUID.randomUUID()), 422, "unknown-people");
        post(teamLogin, tasks, Map.of("title", "x", "dueAt", "tomorrow"), 400, "bad-request");
        post(
                teamLogin,
                "/api/incidents/" + UUID.randomUUID() + "/tasks",
                Map.of("title", "x"),
                404,
                "incident-not-found");
        post("hr", tasks, Map.of("title", "x"), 403, "forbidden");
        post("employee", tasks, Map.of("title", "x"), 403, "forbidden");
        String task = tasks + "/"
                + create(Map.of("title", "Check the roof")).get("id").asString();
        patch(task, Map.of("status", "MAYBE"))
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("status");
        patch(task, Map.of("colour", "red")).expectStatus().isBadRequest();
        patch(tasks + "/" + UUID.randomUUID(), Map.of("status", "DONE"))
                .expectStatus()
                .isNotFound()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:task-not-found");
        post(teamLogin, task + "/comments", Map.of("body", ""), 400, "validation");

        assertThat(scenario.getJson("commander", tasks)).hasSize(1);
        assertThat(scenario.getJson("commander", task).get("status").asString()).isEqualTo("OPEN");
    }

    private JsonNode create(Map<String, Object> body) {
        return scenario.read(scenario.as(teamLogin)
                .post()
                .uri("/api/incidents/{id}/tasks", incident)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody());
    }

    private WebTestClient.ResponseSpec patch(String uri, Map<String, Object> body) {
        return scenario.as("commander")
                .patch()
                .uri(uri)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }

    private void post(String user, String uri, Map<String, Object> body, int status, String type) {
        scenario.as(user)
                .post()
                .uri(uri)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isEqualTo(status)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:" + type);
    }

    private String titleOf(UUID id) {
        return db.sql("SELECT title FROM incidents WHERE id = ?")
                .param(id)
                .query(String.class)
                .optional()
                .orElse(null);
    }
}
