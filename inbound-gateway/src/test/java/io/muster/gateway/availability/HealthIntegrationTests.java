package io.muster.gateway.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.muster.gateway.GatewayIntegrationTest;
import io.muster.testkit.Outage;
import io.muster.testkit.TestServers;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Health names the dependency that is down, and is UP again as soon as it is back. While the spool can take
 * webhooks the gateway as a whole is DEGRADED (200), not DOWN, so a load balancer keeps it in service.
 */
class HealthIntegrationTests extends GatewayIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @BeforeEach
    void embeddedServersOnly() {
        assumeTrue(TestServers.shared().outagesPossible(), "outages need the embedded servers");
    }

    @Test
    void healthSaysPostgresIsDownDuringAnOutageAndRecoversWithinSecondsOfItsReturn() {
        try (Outage outage = TestServers.shared().postgresOutage()) {
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                            health(HttpStatus.OK).at("/components/r2dbc/status").asString())
                    .isEqualTo("DOWN"));
            JsonNode degraded = health(HttpStatus.OK);
            assertThat(degraded.get("status").asString()).isEqualTo("DEGRADED");
            assertThat(degraded.at("/components/kafka/status").asString()).isEqualTo("UP");
            outage.end();
            long back = System.nanoTime();
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() ->
                            assertThat(health(null).get("status").asString()).isEqualTo("UP"));
            System.out.println(
                    "Gateway health UP " + Duration.ofNanos(System.nanoTime() - back) + " after PostgreSQL was back");
        }
    }

    @Test
    void healthSaysKafkaIsDownDuringABrokerOutage() {
        try (Outage outage = TestServers.shared().kafkaOutage()) {
            JsonNode degraded = health(HttpStatus.OK);
            assertThat(degraded.at("/components/kafka/status").asString()).isEqualTo("DOWN");
            assertThat(degraded.get("status").asString()).isEqualTo("DEGRADED");
        }
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(
                        () -> assertThat(health(null).get("status").asString()).isEqualTo("UP"));
    }

    private JsonNode health(HttpStatus expected) {
        var response = client.get().uri("/actuator/health").exchange();
        if (expected != null) {
            response.expectStatus().isEqualTo(expected);
        }
        return JSON.readTree(response.expectBody().returnResult().getResponseBody());
    }
}
