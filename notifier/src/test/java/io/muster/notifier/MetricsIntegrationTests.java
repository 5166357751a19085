package io.muster.notifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.ObjectNode;

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

    @Test
    void aSentSmsIsCountedUnderItsChannelAndProvider() {
        double before = sent("SMS");
        ObjectNode request = request("NORMAL", "SMS", freshPhoneNumber());
        publish(topics.notificationRequests(), request);
        awaitOutcome(request, "NotificationSent", "SMS");

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(sent("SMS")).isGreaterThanOrEqualTo(before + 1));
        assertThat(registry.scrape())
                .contains("muster_notifications_sent_total{application=\"notifier\",channel=\"SMS\"")
                .contains("muster_notification_delivery_seconds_count{application=\"notifier\"");
    }

    @Test
    void aRequestIsCountedOnceUnderTheChannelTriedFirstAndItsLane() {
        double before = requested("EMAIL", "priority");
        ObjectNode request = request("LIFE_SAFETY", "EMAIL", freshEmail(), "SMS", freshPhoneNumber());
        publish(topics.priorityNotificationRequests(), request);
        awaitOutcome(request, "NotificationSent", "EMAIL");
        // the same request again (a redelivery): the ledger has it; the notifier only re-publishes its
        // outcome (same eventId), and the request does not count twice
        publish(topics.priorityNotificationRequests(), request);
        await().atMost(PATIENCE)
                .until(() ->
                        outcomesWithin(request, "EMAIL", Duration.ofMillis(200)).size() >= 2);

        assertThat(requested("EMAIL", "priority")).isEqualTo(before + 1);
        assertThat(registry.scrape())
                .contains(
                        "muster_notifications_requested_total{application=\"notifier\",channel=\"EMAIL\",lane=\"priority\"}");
    }

    private double requested(String channel, String lane) {
        var counter = registry.find("muster.notifications.requested")
                .tag("channel", channel)
                .tag("lane", lane)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private double sent(String channel) {
        var counter = registry.find("muster.notifications.sent")
                .tag("channel", channel)
                .counter();
        return counter == null ? 0 : counter.count();
    }
}
