package io.muster.incident.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.muster.incident.Fixtures;
import io.muster.incident.IncidentServiceIntegrationTest;
import io.muster.testkit.Outage;
import io.muster.testkit.TestServers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** With PostgreSQL or Kafka away the API says so at once, and health names what is down. */
@IncidentServiceIntegrationTest
class OutageAnswersIntegrationTests {

    private static final Duration AT_ONCE = Duration.ofSeconds(4);

    @Autowired
    WebTestClient http;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient db;

    @BeforeEach
    void embeddedServersOnly() {
        assumeTrue(TestServers.shared().outagesPossible(), "outages need the embedded servers");
        http = http.mutate().responseTimeout(Duration.ofSeconds(60)).build();
    }

    @Test
    void withPostgresDownReadsWritesAndLoginsAnswer503WithRetryAfterWithinSecondsAndHealthNamesTheDatabase() {
        try (Outage outage = TestServers.shared().postgresOutage()) {
            assertUnavailable(http.get().uri("/api/incidents/" + UUID.randomUUID()));
            assertUnavailable(http.post()
                    .uri("/api/incidents")
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of(
                            "title", "t", "message", "m", "severity", "LOW", "notify", Map.of("roles", List.of("x")))));

            JsonNode health = health(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(health.at("/components/db/status").asString()).isEqualTo("DOWN");
            assertThat(health.at("/components/kafka/status").asString()).isEqualTo("UP");
        }
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(
                        () -> assertThat(health(null).get("status").asString()).isEqualTo("UP"));
        http.get()
                .uri("/api/incidents")
                .headers(h -> h.setBasicAuth("commander", IncidentServiceIntegrationTest.PASSWORD))
                .exchange()
                .expectStatus()
                .isOk();
    }

    @Test
    void withKafkaDownHealthNamesTheBrokerAndDeclarationsAreStillAccepted() {
        String role = Fixtures.freshRole();
        new Fixtures(db).peopleInRole(role, 2);
        try (Outage outage = TestServers.shared().kafkaOutage()) {
            http.post()
                    .uri("/api/incidents")
                    .headers(h -> h.setBasicAuth("commander", IncidentServiceIntegrationTest.PASSWORD))
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of(
                            "title", "t", "message", "m", "severity", "LOW", "notify", Map.of("roles", List.of(role))))
                    .exchange()
                    .expectStatus()
                    .isCreated();
            JsonNode health = health(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(health.at("/components/kafka/status").asString()).isEqualTo("DOWN");
            assertThat(health.at("/components/db/status").asString()).isEqualTo("UP");
        }
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(
                        () -> assertThat(health(null).get("status").asString()).isEqualTo("UP"));
    }

    private void assertUnavailable(WebTestClient.RequestHeadersSpec<?> request) {
        long started = System.nanoTime();
        EntityExchangeResult<byte[]> result = request.headers(
                        h -> h.setBasicAuth("commander", IncidentServiceIntegrationTest.PASSWORD))
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectHeader()
                .valueEquals("Retry-After", "5")
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .returnResult();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(AT_ONCE);
        JsonNode problem = json.readTree(result.getResponseBody());
        assertThat(problem.get("type").asString()).isEqualTo("urn:muster:problem:storage-unavailable");
        assertThat(problem.toString()).doesNotContain("Exception");
    }

    private JsonNode health(HttpStatus expected) {
        var response = http.get().uri("/actuator/health").exchange();
        if (expected != null) {
            response.expectStatus().isEqualTo(expected);
        }
        return json.readTree(response.expectBody().returnResult().getResponseBody());
    }
}
