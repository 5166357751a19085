package io.muster.gateway.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.muster.gateway.GatewayIntegrationTest;
import io.muster.testkit.RealInfrastructure;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Prometheus scrapes the gateway with its token; an operator's login does not open the metrics. */
class MetricsIntegrationTests extends GatewayIntegrationTest {

    @Test
    void theScrapeWithTheTokenServesTheBacklogsTheSpoolAndTheApplicationTag() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(scrape())
                .contains("muster_outbox_pending{application=\"inbound-gateway\"}")
                .contains("muster_outbox_lag_seconds{application=\"inbound-gateway\"}")
                .contains("muster_replies_held{application=\"inbound-gateway\"}")
                .contains("muster_gateway_spool_entries{application=\"inbound-gateway\"}")
                .contains("kafka_consumer_fetch_manager_records_lag_max"));
    }

    @Test
    void withoutTheTokenTheAnswerIs401() {
        client.get()
                .uri("/actuator/prometheus")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentType("application/problem+json");
        client.get()
                .uri("/actuator/prometheus")
                .headers(h -> h.setBasicAuth("operator", STAFF_PASSWORD))
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }

    private String scrape() {
        // A suite's worth of meters (every URI, client and topic the tests touched) passes 256 KB.
        return client.mutate()
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
                .build()
                .get()
                .uri("/actuator/prometheus")
                .headers(h -> h.setBearerAuth(RealInfrastructure.METRICS_SCRAPE_TOKEN))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }
}
