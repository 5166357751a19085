package io.muster.incident.statuslog;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.incident.Fixtures;
import io.muster.incident.IncidentServiceIntegrationTest;
import io.muster.incident.OperationsFixtures;
import io.muster.testkit.TestServers;
import io.muster.testkit.TopicProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.reactive.server.StatusAssertions;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IncidentServiceIntegrationTest
class StatusLogIntegrationTests {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String PASSWORD = IncidentServiceIntegrationTest.PASSWORD;
    private static final String TEAM = OperationsFixtures.TEAM;
    private static TopicProbe probe;

    @Autowired
    WebTestClient http;

    @Autowired
    JdbcClient db;

    @Autowired
    JsonMapper json;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    SitrepReminders reminders;

    private OperationsFixtures operations;
    private UUID incidentId;

    @BeforeAll
    static void probeTopics() {
        probe = TopicProbe.on(
                TestServers.shared().kafkaBootstrapServers(), "muster.incident.v1", "muster.notification-request.v1");
    }

    @AfterAll
    static void closeProbe() {
        probe.close();
    }

    @BeforeEach
    void declaredIncident() {
        http = http.mutate().responseTimeout(Duration.ofSeconds(30)).build();
        operations = new OperationsFixtures(http, db, json).withTeamLogin(encoder);
        incidentId = operations.declare("GENERAL");
    }

    @Test
    void aTeamMembersUpdateIsPublishedAndIsTheLatest() {
        post(TEAM, "/status-updates", Map.of("text", "Building A closed.")).isCreated();
        JsonNode second =
                json.readTree(post("commander", "/status-updates", Map.of("text", "Report to Northgate at 09:00."))
                        .isCreated()
                        .expectBody()
                        .returnResult()
                        .getResponseBody());

        ConsumerRecord<String, String> event = probe.awaitRecord(
                r -> r.key().equals(incidentId.toString())
                        && r.value().contains("\"type\":\"StatusUpdatePosted\"")
                        && r.value().contains(second.get("id").asString()),
                WAIT);
        JsonNode posted = json.readTree(event.value());
        assertThat(posted.get("text").asString()).isEqualTo("Report to Northgate at 09:00.");
        assertThat(posted.get("postedBy").asString()).isEqualTo("commander");
        assertThat(posted.get("exercise").asBoolean()).isFalse();

        get("hr", "/status-updates/latest")
                .isOk()
                .expectBody()
                .jsonPath("$.id")
                .isEqualTo(second.get("id").asString());
        get("spokesperson", "/status-updates")
                .isOk()
                .expectBody()
                .jsonPath("$.length()")
                .isEqualTo(2)
                .jsonPath("$[1].text")
                .isEqualTo("Building A closed.");
        assertThat(new Fixtures(db)
                        .count(
                                "SELECT count(*) FROM audit_log WHERE action = 'STATUS_UPDATE_POSTED' AND incident_id = ?",
                                incidentId))
                .isEqualTo(2);
    }

    @Test
    void onlyTheTeamWritesAndEmployeesDoNotRead() {
        post("hr", "/status-updates", Map.of("text", "x")).isForbidden();
        post("spokesperson", "/sitreps", Map.of("conditions", "c", "actions", "a", "needs", "n"))
                .isForbidden();
        get("employee", "/status-updates").isForbidden();
        get("employee", "/sitreps").isForbidden();
        post(TEAM, "/status-updates", Map.of("text", " ")).isBadRequest();
        post(TEAM, "/status-updates", Map.of("text", "x".repeat(2001))).isBadRequest();
        get("hr", "/status-updates/latest")
                .isNotFound()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:no-status-update");
    }

    @Test
    void aClosedIncidentTakesNoMoreUpdates() {
        operations.close(incidentId);
        post(TEAM, "/status-updates", Map.of("text", "late"))
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:incident-closed");
    }

    @Test
    void sitrepsAreListedNewestFirst() {
        post(TEAM, "/sitreps", Map.of("conditions", "Smoke in B", "actions", "Evacuated", "needs", "Buses"))
                .isCreated();
        post("commander", "/sitreps", Map.of("conditions", "Clear", "actions", "Inspecting", "needs", "None"))
                .isCreated();
        post(TEAM, "/sitreps", Map.of("conditions", "c", "actions", "a")).isBadRequest();

        get("hr", "/sitreps")
                .isOk()
                .expectBody()
                .jsonPath("$.length()")
                .isEqualTo(2)
                .jsonPath("$[0].conditions")
                .isEqualTo("Clear")
                .jsonPath("$[1].needs")
                .isEqualTo("Buses")
                .jsonPath("$[1].postedBy")
                .isEqualTo(TEAM);
    }

    @Test
    void aDueSitrepRemindsTheCommanderAndASitrepPushesTheNextReminderBack() {
        patch(Map.of("sitrepEvery", "PT30M", "comment", "Sitreps every half hour"));
        Instant firstDue = dueAt();
        assertThat(firstDue).isAfter(Instant.now().plus(Duration.ofMinutes(29)));

        // Time passes: the reminder's due time is now.
        db.sql("UPDATE sitrep_reminders SET due_at = now() - interval '1 second' WHERE incident_id = ?")
                .param(incidentId)
                .update();
        assertThat(reminders.remindDue()).isPositive();

        UUID commander = db.sql("SELECT person_id FROM app_users WHERE username = 'commander'")
                .query((rs, n) -> rs.getObject("person_id", UUID.class))
                .optional()
                .orElse(null);
        ConsumerRecord<String, String> reminder = probe.awaitRecord(
                r -> r.topic().equals("muster.notification-request.v1")
                        && r.key().equals(commander.toString())
                        && r.value().contains(incidentId.toString())
                        && r.value().contains("\"purpose\":\"SITREP_REMINDER\""),
                WAIT);
        JsonNode request = json.readTree(reminder.value());
        assertThat(request.get("subject").asString()).isEqualTo(titleOf(incidentId));
        assertThat(request.get("body").asString()).isEmpty();
        // Its delivery reports will be known (not dead-lettered as an unknown notification).
        assertThat(new Fixtures(db)
                        .count(
                                "SELECT count(*) FROM sitrep_notices WHERE notification_id = ?",
                                UUID.fromString(request.get("notificationId").asString())))
                .isEqualTo(1);
        assertThat(request.get("replyOptions")).isEmpty();
        assertThat(new Fixtures(db)
                        .count(
                                "SELECT count(*) FROM audit_log WHERE action = 'SITREP_DUE' AND incident_id = ?",
                                incidentId))
                .isEqualTo(1);
        Instant afterReminder = dueAt();
        assertThat(afterReminder).isAfter(Instant.now().plus(Duration.ofMinutes(29)));

        post(TEAM, "/sitreps", Map.of("conditions", "c", "actions", "a", "needs", "n"))
                .isCreated();
        assertThat(dueAt()).isAfterOrEqualTo(afterReminder);
    }

    @Test
    void noReminderIsDueForAClosedIncident() {
        patch(Map.of("sitrepEvery", "PT15M", "comment", "cadence"));
        operations.close(incidentId);
        db.sql("UPDATE sitrep_reminders SET due_at = now() - interval '1 second' WHERE incident_id = ?")
                .param(incidentId)
                .update();

        reminders.remindDue();

        assertThat(new Fixtures(db).count("SELECT count(*) FROM sitrep_reminders WHERE incident_id = ?", incidentId))
                .isZero();
        assertThat(new Fixtures(db)
                        .count(
                                "SELECT count(*) FROM audit_log WHERE action = 'SITREP_DUE' AND incident_id = ?",
                                incidentId))
                .isZero();
    }

    @Test
    void aCadenceShorterThanAMinuteIsRefusedAndZeroStopsReminders() {
        http.patch()
                .uri("/api/incidents/{id}", incidentId)
                .headers(h -> h.setBasicAuth("commander", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("sitrepEvery", "PT10S", "comment", "too often"))
                .exchange()
                .expectStatus()
                .isBadRequest();
        patch(Map.of("sitrepEvery", "PT5M", "comment", "cadence"));
        patch(Map.of("sitrepEvery", "PT0S", "comment", "no more"));
        assertThat(new Fixtures(db).count("SELECT count(*) FROM sitrep_reminders WHERE incident_id = ?", incidentId))
                .isZero();
    }

    private Instant dueAt() {
        return db.sql("SELECT due_at FROM sitrep_reminders WHERE incident_id = ?")
                .param(incidentId)
                .query((rs, n) -> rs.getTimestamp("due_at").toInstant())
                .optional()
                .orElse(null);
    }

    private void patch(Map<String, Object> body) {
        http.patch()
                .uri("/api/incidents/{id}", incidentId)
                .headers(h -> h.setBasicAuth("commander", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isOk();
    }

    private StatusAssertions post(String login, String path, Map<String, Object> body) {
        return http.post()
                .uri("/api/incidents/" + incidentId + path)
                .headers(h -> h.setBasicAuth(login, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectStatus();
    }

    private StatusAssertions get(String login, String path) {
        return http.get()
                .uri("/api/incidents/" + incidentId + path)
                .headers(h -> h.setBasicAuth(login, PASSWORD))
                .exchange()
                .expectStatus();
    }

    private String titleOf(UUID id) {
        return db.sql("SELECT title FROM incidents WHERE id = ?")
                .param(id)
                .query(String.class)
                .optional()
                .orElse(null);
    }
}
