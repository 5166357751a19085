package io.muster.incident.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.muster.incident.IncidentServiceIntegrationTest;
import io.muster.testkit.RealInfrastructure;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Prometheus scrapes the service with its token; nobody else reads the metrics. */
@IncidentServiceIntegrationTest
class MetricsIntegrationTests {

    private WebTestClient web;

    @Autowired
    void client(WebTestClient client) {
        // A loaded build machine can take seconds for the first scrape (every meter is rendered).
        // A suite's worth of meters (every URI, client and topic the tests touched) passes 256 KB.
        this.web = client.mutate()
                .responseTimeout(Duration.ofSeconds(30))
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
                .build();
    }

    @Test
    void theScrapeWithTheTokenServesTheBacklogsKafkaAndTheApplicationTag() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(scrape())
                .contains("muster_outbox_pending{application=\"incident-service\"}")
                .contains("muster_outbox_lag_seconds{application=\"incident-service\"}")
                .contains("muster_escalation_overdue{application=\"incident-service\"}")
                .contains("muster_escalation_lag_seconds{application=\"incident-service\"}")
                .contains("kafka_producer_")
                .contains("http_server_requests_seconds"));
    }

    @Test
    void withoutTheTokenTheAnswerIs401AndNoLoginOfTheServiceOpensIt() {
        web.get()
                .uri("/actuator/prometheus")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentType("application/problem+json")
                .expectBody(String.class)
                .value(body -> assertThat(body).doesNotContain("jvm_"));
        web.get()
                .uri("/actuator/prometheus")
                .headers(h -> h.setBasicAuth("admin", IncidentServiceIntegrationTest.PASSWORD))
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }

    private String scrape() {
        return web.get()
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
