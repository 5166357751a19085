package io.muster.incident.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.muster.incident.Fixtures;
import io.muster.incident.Fixtures.TestPerson;
import io.muster.incident.IncidentServiceIntegrationTest;
import io.muster.incident.preview.PreviewReplyOptions;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

/** POST /api/incidents/{id}/escalations: the next call-tree level starts now instead of when due. */
@IncidentServiceIntegrationTest
class EscalateNowIntegrationTests {

    private static final String PASSWORD = IncidentServiceIntegrationTest.PASSWORD;

    private WebTestClient http;

    @Autowired
    void client(WebTestClient client) {
        // a cold declaration on a busy build machine can take longer than the default 5 s
        this.http = client.mutate()
                .responseTimeout(java.time.Duration.ofSeconds(30))
                .build();
    }

    @Autowired
    JdbcClient db;

    @Autowired
    JsonMapper json;

    @Test
    void theNextLevelIsNotifiedAtOnceInsteadOfAnHourLater() {
        var fixtures = new Fixtures(db);
        String first = Fixtures.freshRole(), second = Fixtures.freshRole();
        fixtures.person(first, "+15557300001", false);
        TestPerson next = fixtures.person(second, "+15557300002", false);
        UUID incident = declare(callTree(level(first, 3600), level(second, 3600)));
        await().until(() -> pendingLevelTimers(incident) == 1);
        assertThat(recipients(incident, next)).isZero();

        escalate(incident, "commander")
                .expectStatus()
                .isAccepted()
                .expectBody()
                .jsonPath("$.level")
                .isEqualTo(2);

        await().atMost(Duration.ofSeconds(20)).until(() -> recipients(incident, next) == 1);
        assertThat(new Fixtures(db)
                        .count(
                                "SELECT count(*) FROM audit_log WHERE incident_id = ? AND action = 'ESCALATED_NOW'"
                                        + " AND actor = 'commander' AND details ->> 'level' = '2'",
                                incident))
                .isEqualTo(1);
    }

    @Test
    void whenEveryLevelHasStartedThereIsNothingToEscalate() {
        String only = Fixtures.freshRole();
        new Fixtures(db).person(only, "+15557300011", false);
        UUID incident = declare(callTree(level(only, 3600)));

        escalate(incident, "commander")
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:nothing-to-escalate")
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail).contains(incident.toString()));
    }

    @Test
    void aClosedIncidentCannotBeEscalated() {
        String first = Fixtures.freshRole(), second = Fixtures.freshRole();
        new Fixtures(db).person(first, "+15557300021", false);
        new Fixtures(db).person(second, "+15557300022", false);
        UUID incident = declare(callTree(level(first, 3600), level(second, 3600)));
        http.post()
                .uri("/api/incidents/{id}/close", incident)
                .headers(h -> h.setBasicAuth("commander", PASSWORD))
                .exchange()
                .expectStatus()
                .isOk();

        escalate(incident, "commander")
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:incident-closed");
    }

    @Test
    void anUnknownIncidentIsNotFound() {
        escalate(UUID.randomUUID(), "admin")
                .expectStatus()
                .isNotFound()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:incident-not-found");
    }

    @Test
    void neitherHrNorAnEmployeeMayEscalate() {
        UUID incident = UUID.randomUUID();
        escalate(incident, "hr").expectStatus().isForbidden();
        escalate(incident, "employee").expectStatus().isForbidden();
    }

    @Test
    void thePreviewOffersTheAnswersTheRequestsOffer() {
        assertThat(PreviewReplyOptions.OPTIONS)
                .isEqualTo(NotificationRequested.ROLL_CALL_OPTIONS.stream()
                        .map(option -> List.of(option.key(), option.answer(), option.label()))
                        .toList());
    }

    private WebTestClient.ResponseSpec escalate(UUID incident, String user) {
        return http.post()
                .uri("/api/incidents/{id}/escalations", incident)
                .headers(h -> h.setBasicAuth(user, PASSWORD))
                .exchange();
    }

    private long recipients(UUID incident, TestPerson person) {
        return db.sql("SELECT count(*) FROM recipients WHERE incident_id = ? AND person_id = ? AND level = 2")
                .params(incident, person.id())
                .query(Long.class)
                .single();
    }

    private long pendingLevelTimers(UUID incident) {
        return new Fixtures(db)
                .count(
                        "SELECT count(*) FROM escalation_timers WHERE incident_id = ? AND kind = 'LEVEL'"
                                + " AND fired_at IS NULL AND cancelled_at IS NULL",
                        incident);
    }

    private static Map<String, Object> level(String role, int seconds) {
        return Map.of("roles", List.of(role), "escalateAfter", "PT" + seconds + "S", "quorum", 1);
    }

    @SafeVarargs
    private UUID callTree(Map<String, Object>... levels) {
        byte[] body = http.post()
                .uri("/api/call-trees")
                .headers(h -> h.setBasicAuth("admin", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(
                        Map.of("name", "Tree " + UUID.randomUUID(), "stepTimeout", "PT1H", "levels", List.of(levels)))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody()
                .returnResult()
                .getResponseBody();
        return UUID.fromString(json.readTree(body).get("id").asString());
    }

    private UUID declare(UUID tree) {
        var body = new HashMap<String, Object>(
                Map.of("title", "Escalate " + UUID.randomUUID(), "message", "Check in.", "severity", "HIGH"));
        body.put("callTreeId", tree);
        byte[] response = http.post()
                .uri("/api/incidents")
                .headers(h -> h.setBasicAuth("commander", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody()
                .returnResult()
                .getResponseBody();
        return UUID.fromString(json.readTree(response).get("id").asString());
    }
}
