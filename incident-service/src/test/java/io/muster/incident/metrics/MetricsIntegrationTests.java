package io.muster.incident.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.muster.contracts.ContractSamples;
import io.muster.incident.Declaring;
import io.muster.incident.IncidentServiceIntegrationTest;
import io.muster.testkit.RealInfrastructure;
import io.muster.testkit.TestServers;
import io.muster.testkit.TopicProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Prometheus scrapes the service with its token; nobody else reads the metrics. */
@IncidentServiceIntegrationTest
class MetricsIntegrationTests {

    private WebTestClient web;

    @Autowired
    MeterRegistry meters;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    JsonMapper json;

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
    void aReceiptAndAnAnswerAreCountedUnderTheirChannelAfterTheyAreRecorded() {
        String incidentId;
        String notificationId;
        try (TopicProbe requests =
                TopicProbe.on(TestServers.shared().kafkaBootstrapServers(), "muster.notification-request.v1")) {
            incidentId = Declaring.toRole(
                    web, "Communications", "counted " + UUID.randomUUID(), "LOW", Duration.ofSeconds(30));
            JsonNode request =
                    json.readTree(requests.awaitRecord(r -> r.value().contains(incidentId), Duration.ofSeconds(30))
                            .value());
            notificationId = request.get("notificationId").asString();
        }
        double delivered = count("muster.notifications.delivered", "provider", "twilio-sms");
        double answered = count("muster.answers.received", "answer", "SAFE");

        kafka.send("muster.delivery.v1", notificationId, event("NotificationDelivered", incidentId, notificationId))
                .join();
        kafka.send("muster.reply.v1", incidentId, event("ReplyReceived", incidentId, notificationId))
                .join();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(count("muster.notifications.delivered", "provider", "twilio-sms"))
                    .isEqualTo(delivered + 1);
            assertThat(count("muster.answers.received", "answer", "SAFE")).isEqualTo(answered + 1);
        });
        assertThat(scrape())
                .contains(
                        "muster_notifications_delivered_total{application=\"incident-service\",channel=\"SMS\",provider=\"twilio-sms\"}")
                .contains(
                        "muster_answers_received_total{answer=\"SAFE\",application=\"incident-service\",channel=\"SMS\"}");
    }

    private String event(String type, String incidentId, String notificationId) {
        ObjectNode node = (ObjectNode) json.readTree(ContractSamples.json(type, 1));
        node.put("eventId", UUID.randomUUID().toString());
        node.put("incidentId", incidentId);
        node.put("notificationId", notificationId);
        node.put("occurredAt", Instant.now().toString());
        return node.toString();
    }

    private double count(String name, String tag, String value) {
        Counter counter =
                meters.find(name).tag("channel", "SMS").tag(tag, value).counter();
        return counter == null ? 0 : counter.count();
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
