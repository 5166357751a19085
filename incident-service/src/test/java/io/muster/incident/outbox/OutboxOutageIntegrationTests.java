package io.muster.incident.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.muster.incident.IncidentServiceIntegrationTest;
import io.muster.incident.storage.Jdbc;
import io.muster.testkit.Outage;
import io.muster.testkit.TestServers;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.ProducerListener;

@IncidentServiceIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class OutboxOutageIntegrationTests {

    @Autowired
    JdbcClient db;

    @Autowired
    OutboxRelay relay;

    @Autowired
    PendingRows rows;

    @Autowired
    Jdbc jdbc;

    @Autowired
    ProducerListener<Object, Object> producerListener;

    @Test
    void whileKafkaIsDownRowsStayAndTheOutageIsLoggedOnce(CapturedOutput output) {
        String key = UUID.randomUUID().toString();
        var unreachable = unreachableKafka();
        var cutOff = new OutboxRelay(
                rows, new KafkaPublisher(unreachable), jdbc, new OutboxProperties(Duration.ofMillis(100), 500));
        relay.stop();
        try {
            insertRow(key);
            for (int tick = 0; tick < 3; tick++) {
                cutOff.drain();
            }
            assertThat(published(key)).isFalse();
            assertThat(output.getOut().split("Outbox relay cannot publish", -1)).hasSize(2);
            assertThat(output.getOut()).doesNotContain(key);
        } finally {
            relay.start();
            unreachable.destroy();
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> published(key));
    }

    @Test
    void whilePostgresqlIsDownTheRelayWaitsAndPublishesOnceItIsBack(CapturedOutput output) {
        assumeTrue(TestServers.shared().outagesPossible(), "outages need the embedded servers");
        String key = UUID.randomUUID().toString();
        relay.stop();
        try {
            insertRow(key);
            try (Outage outage = TestServers.shared().postgresOutage()) {
                relay.start();
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> output.getOut().contains("Outbox relay cannot publish"));
            }
        } finally {
            if (!relay.isRunning()) {
                relay.start();
            }
        }
        // Errors ignored: right after the outage this check may meet a pooled connection it cut (each
        // fails once, which also spares the next tests); the relay recovers on its own.
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> published(key));
        assertThat(output.getOut()).contains("Outbox relay publishes again");
    }

    // The service's own producer listener: the test shows that a failed send does not log the row.
    @SuppressWarnings({"unchecked", "rawtypes"})
    private KafkaTemplate<String, String> unreachableKafka() {
        var template = new KafkaTemplate<String, String>(new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                "127.0.0.1:1",
                ProducerConfig.MAX_BLOCK_MS_CONFIG,
                300,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class)));
        template.setProducerListener((ProducerListener) producerListener);
        return template;
    }

    private void insertRow(String key) {
        db.sql("INSERT INTO outbox (topic, record_key, payload) VALUES ('muster.incident.v1', ?, '{}')")
                .param(key)
                .update();
    }

    private boolean published(String key) {
        return Boolean.TRUE.equals(db.sql("SELECT published_at IS NOT NULL AS done FROM outbox WHERE record_key = ?")
                .param(key)
                .query((rs, n) -> rs.getObject("done", Boolean.class))
                .optional()
                .orElse(null));
    }
}
