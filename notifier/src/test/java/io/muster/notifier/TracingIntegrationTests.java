package io.muster.notifier;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.testkit.TestServers;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * A request carries the declaration's trace (W3C traceparent, restored by the incident-service's
 * relay): the delivery runs in a span of that trace, so the outcome it publishes carries it on to the
 * incident-service.
 */
class TracingIntegrationTests extends NotifierIntegrationTest {

    @Test
    void theOutcomeOfARequestCarriesTheTraceOfTheRequest() throws Exception {
        String traceId = hex(16);
        String parentSpanId = hex(8);
        ObjectNode request = request("NORMAL", "SMS", freshPhoneNumber());
        ProducerRecord<String, String> record = new ProducerRecord<>(
                topics.notificationRequests(), request.get("personId").asString(), json.writeValueAsString(request));
        record.headers()
                .add("traceparent", ("00-" + traceId + "-" + parentSpanId + "-01").getBytes(StandardCharsets.UTF_8));
        // A plain producer: the service's template would put a traceparent of its own on the record.
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        TestServers.shared().kafkaBootstrapServers()),
                new StringSerializer(),
                new StringSerializer())) {
            producer.send(record).get(10, TimeUnit.SECONDS);
        }

        ConsumerRecord<String, String> outcome = deliveries.awaitRecord(
                r -> request.get("notificationId").asString().equals(r.key())
                        && r.value().contains("NotificationSent"),
                PATIENCE);

        Header traceparent = outcome.headers().lastHeader("traceparent");
        assertThat(traceparent).as("the outcome's traceparent").isNotNull();
        String[] parts = new String(traceparent.value(), StandardCharsets.UTF_8).split("-");
        assertThat(parts[1]).as("trace id").isEqualTo(traceId);
        assertThat(parts[2]).as("a span of the notifier's, not the request's").isNotEqualTo(parentSpanId);
        assertThat(parts[3]).as("sampled, as the request was").isEqualTo("01");
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
