package io.muster.incident.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.incident.Fixtures;
import io.muster.incident.Fixtures.TestPerson;
import io.muster.incident.IncidentServiceIntegrationTest;
import io.muster.testkit.TestServers;
import io.muster.testkit.TopicProbe;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Declaring is idempotent: a retried or doubled declaration answers with the first incident and
 * alerts nobody twice.
 */
@IncidentServiceIntegrationTest
class RepeatedDeclarationIntegrationTests {

    private static final String NORMAL = "muster.notification-request.v1";

    @Autowired
    WebTestClient http;

    @Autowired
    JdbcClient db;

    @Autowired
    JsonMapper json;

    @Test
    void theSameIdempotencyKeyAnswersWithTheFirstIncident() {
        TestPerson ada = new Fixtures(db).person(Fixtures.freshRole(), "+15557400001", true);
        Map<String, Object> body = declaration("Gas leak " + UUID.randomUUID(), ada);
        String key = UUID.randomUUID().toString();

        EntityExchangeResult<String> first = declare(body, key);
        EntityExchangeResult<String> again = declare(body, key);

        assertThat(first.getStatus().value()).isEqualTo(201);
        assertThat(again.getStatus().value()).isEqualTo(200);
        assertThat(again.getResponseHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(idOf(again)).isEqualTo(idOf(first));
        assertThat(again.getResponseHeaders().getLocation()).hasToString("/api/incidents/" + idOf(first));
        assertThat(incidentsTitled(body)).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherDeclarationIsRefusedAndDeclaresNothing() {
        TestPerson ada = new Fixtures(db).person(Fixtures.freshRole(), "+15557400002", true);
        String key = UUID.randomUUID().toString();
        declare(declaration("First " + UUID.randomUUID(), ada), key);
        Map<String, Object> other = declaration("Other " + UUID.randomUUID(), ada);

        EntityExchangeResult<String> refused = declare(other, key);

        assertThat(refused.getStatus().value()).isEqualTo(422);
        assertThat(json.readTree(refused.getResponseBody()).get("type").asString())
                .isEqualTo("urn:muster:problem:idempotency-key-reused");
        assertThat(incidentsTitled(other)).isZero();
    }

    @Test
    void twoConcurrentIdenticalDeclarationsAlertEachPersonOnce() {
        List<TestPerson> team = new Fixtures(db).peopleInRole(Fixtures.freshRole(), 3);
        Map<String, Object> body = Map.of(
                "title",
                "Fire " + UUID.randomUUID(),
                "message",
                "Leave now.",
                "severity",
                "HIGH",
                "notify",
                Map.of("personIds", team.stream().map(TestPerson::id).toList()));
        try (TopicProbe probe = TopicProbe.on(TestServers.shared().kafkaBootstrapServers(), NORMAL)) {
            var one = CompletableFuture.supplyAsync(() -> declare(body, null));
            var two = CompletableFuture.supplyAsync(() -> declare(body, null));

            assertThat(List.of(
                            one.join().getStatus().value(),
                            two.join().getStatus().value()))
                    .containsExactlyInAnyOrder(201, 200);
            UUID incident = idOf(one.join());
            assertThat(idOf(two.join())).isEqualTo(incident);
            assertThat(incidentsTitled(body)).isEqualTo(1);
            var alerts = probe.recordsWithin(r -> r.value().contains(incident.toString()), Duration.ofSeconds(6));
            assertThat(alerts)
                    .extracting(r -> r.key())
                    .containsExactlyInAnyOrderElementsOf(
                            team.stream().map(p -> p.id().toString()).toList());
        }
    }

    @Test
    void anIdenticalDeclarationAfterTheRetryWindowIsANewIncident() {
        TestPerson ada = new Fixtures(db).person(Fixtures.freshRole(), "+15557400003", true);
        Map<String, Object> body = declaration("Drill " + UUID.randomUUID(), ada);
        UUID first = idOf(declare(body, null));
        db.sql("UPDATE declarations SET declared_at = declared_at - interval '2 minutes' WHERE incident_id = ?")
                .param(first)
                .update();

        EntityExchangeResult<String> later = declare(body, null);

        assertThat(later.getStatus().value()).isEqualTo(201);
        assertThat(idOf(later)).isNotEqualTo(first);
    }

    private static Map<String, Object> declaration(String title, TestPerson person) {
        return Map.of(
                "title",
                title,
                "message",
                "Are you safe?",
                "severity",
                "HIGH",
                "notify",
                Map.of("employeeIds", List.of(person.employeeId())));
    }

    private EntityExchangeResult<String> declare(Map<String, Object> body, @Nullable String key) {
        return http.post()
                .uri("/api/incidents")
                .headers(h -> {
                    h.setBasicAuth("commander", IncidentServiceIntegrationTest.PASSWORD);
                    if (key != null) {
                        h.set("Idempotency-Key", key);
                    }
                })
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectBody(String.class)
                .returnResult();
    }

    private UUID idOf(EntityExchangeResult<String> result) {
        return UUID.fromString(json.readTree(result.getResponseBody()).get("id").asString());
    }

    private long incidentsTitled(Map<String, Object> body) {
        return new Fixtures(db).count("SELECT count(*) FROM incidents WHERE title = ?", body.get("title"));
    }
}
