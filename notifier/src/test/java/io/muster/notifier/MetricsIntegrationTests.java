package io.muster.notifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the notifier's scrape carries (the token-guarded endpoint itself is tested in infra/metrics;
 * this context runs without a web server).
 */
class MetricsIntegrationTests extends NotifierIntegrationTest {

    @Autowired
    PrometheusMeterRegistry registry;

    @Test
    void theScrapeCarriesTheLedgerBacklogPerChannelTheCircuitBreakersAndTheApplicationTag() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(registry.scrape())
                .contains("muster_delivery_unsettled{application=\"notifier\",channel=\"SMS\",status=\"PENDING\"}")
                .contains(
                        "muster_delivery_unsettled_age_seconds{application=\"notifier\",channel=\"EMAIL\",status=\"AMBIGUOUS\"}")
                .contains("resilience4j_circuitbreaker_state{application=\"notifier\"")
                .contains("kafka_consumer_"));
    }
}
