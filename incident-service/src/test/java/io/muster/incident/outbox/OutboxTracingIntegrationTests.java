package io.muster.incident.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.muster.incident.IncidentServiceIntegrationTest;
import io.muster.incident.storage.Jdbc;
import io.muster.testkit.TestServers;
import io.muster.testkit.TopicProbe;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An event crosses the outbox in the trace of the transaction that wrote it: the relay publishes it
 * later, on its own thread, with a traceparent of that trace, so the consumers' spans join it.
 */
@IncidentServiceIntegrationTest
class OutboxTracingIntegrationTests {

    private static final String TOPIC = "muster.incident.v1";

    @Autowired
    Outbox outbox;

    @Autowired
    Jdbc jdbc;

    @Autowired
    Tracer tracer;

    @Autowired
    WebTestClient http;

    @Autowired
    JsonMapper json;

    @Test
    void aDeclarationsEventCarriesTheTraceOfTheRequestThatDeclaredIt() {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String traceparent = "00-" + traceId + "-"
                + UUID.randomUUID().toString().replace("-", "").substring(16) + "-01";
        try (TopicProbe probe = TopicProbe.on(TestServers.shared().kafkaBootstrapServers(), TOPIC)) {
            JsonNode created = json.readTree(http.mutate()
                    .responseTimeout(Duration.ofSeconds(30))
                    .build()
                    .post()
                    .uri("/api/incidents")
                    .headers(h -> h.setBasicAuth("commander", IncidentServiceIntegrationTest.PASSWORD))
                    .header("traceparent", traceparent)
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of(
                            "title",
                            "traced " + UUID.randomUUID(),
                            "message",
                            "m",
                            "severity",
                            "LOW",
                            "notify",
                            Map.of("roles", List.of("Communications"))))
                    .exchange()
                    .expectStatus()
                    .isCreated()
                    .expectBody()
                    .returnResult()
                    .getResponseBody());
            String incidentId = created.get("id").asString();

            ConsumerRecord<String, String> event =
                    probe.awaitRecord(r -> r.value().contains(incidentId), Duration.ofSeconds(20));
            assertThat(traceIdOf(event)).isEqualTo(traceId);
        }
    }

    @Test
    void theRelayPublishesARowInTheTraceOfTheTransactionThatWroteIt() {
        String key = UUID.randomUUID().toString();
        Span writer = tracer.nextSpan().name("writer").start();
        try (Tracer.SpanInScope scope = tracer.withSpan(writer)) {
            jdbc.inTransaction(() -> {
                outbox.append(new OutboxMessage(TOPIC, key, "{\"type\":\"Traced\",\"marker\":\"" + key + "\"}"));
                return null;
            });
        } finally {
            writer.end();
        }

        try (TopicProbe probe = TopicProbe.on(TestServers.shared().kafkaBootstrapServers(), TOPIC)) {
            ConsumerRecord<String, String> record = probe.awaitRecord(r -> key.equals(r.key()), Duration.ofSeconds(20));
            assertThat(traceIdOf(record)).isEqualTo(writer.context().traceId());
        }
    }

    private static String traceIdOf(ConsumerRecord<String, String> record) {
        Header traceparent = record.headers().lastHeader("traceparent");
        assertThat(traceparent).as("the record's traceparent").isNotNull();
        return new String(traceparent.value(), StandardCharsets.UTF_8).split("-")[1];
    }
}
