package io.muster.incident.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.muster.incident.IncidentServiceIntegrationTest;
import io.muster.testkit.TestServers;
import io.muster.testkit.TopicProbe;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IncidentServiceIntegrationTest
class OutboxRelayIntegrationTests {

    private static final String TOPIC = "muster.incident.v1";

    @Autowired
    JdbcClient db;

    @Test
    void rowsLeftByACrashedInstanceArePublishedOnceAndMarked() {
        String key = UUID.randomUUID().toString();
        String payload = "{\"type\":\"Left\",\"marker\":\"" + key + "\"}";
        db.sql("INSERT INTO outbox (topic, record_key, payload) VALUES (?, ?, ?)")
                .params(TOPIC, key, payload)
                .update();

        try (TopicProbe probe = TopicProbe.on(TestServers.shared().kafkaBootstrapServers(), TOPIC)) {
            var record = probe.awaitRecord(r -> key.equals(r.key()), Duration.ofSeconds(20));
            assertThat(record.value()).isEqualTo(payload);
            await().atMost(Duration.ofSeconds(10)).until(() -> published(key));
            assertThat(probe.recordsWithin(r -> key.equals(r.key()), Duration.ofMillis(500)))
                    .hasSize(1);
        }
    }

    private boolean published(String key) {
        return Boolean.TRUE.equals(db.sql("SELECT published_at IS NOT NULL AS done FROM outbox WHERE record_key = ?")
                .param(key)
                .query((rs, n) -> rs.getObject("done", Boolean.class))
                .optional()
                .orElse(null));
    }
}
