package io.muster.incident.lifecycle;

import io.muster.incident.BulkPeople;
import io.muster.incident.CpuTime;
import io.muster.incident.Declaring;
import io.muster.incident.IncidentServiceIntegrationTest;
import io.muster.testkit.TestServers;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Not part of verify: how long declaring an incident for 10,000 and 100,000 people takes until its
 * recipients, timers and outbox rows are durable (the 201), and until the last request is on Kafka.
 */
@IncidentServiceIntegrationTest
@TestPropertySource(
        properties = {
            // The phases of a declaration (read, build, write) and of its writes, in the log.
            "logging.level.io.muster.incident.lifecycle.IncidentDeclaration=DEBUG",
            "logging.level.io.muster.incident.escalation.BatchWriter=DEBUG",
            "logging.level.io.muster.incident.escalation.ReplyCodes=DEBUG",
            // And of the relay: per batch, rendering its deferred rows, and the whole batch.
            "logging.level.io.muster.incident.outbox=DEBUG"
        })
class IncidentFanOutBenchmark {

    private static final String TOPIC = "muster.notification-request.v1";

    @Autowired
    WebTestClient http;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Test
    void declaringForTenThousandAndAHundredThousandPeople() {
        // Two declarations warm the JIT first (a running service has compiled these paths; a cold
        // JVM's first declaration measures the compiler), then 100,000 twice to show the spread.
        for (int size : List.of(10_000, 10_000)) {
            measure(directory(size), size, "FANOUT (warm-up)");
        }
        String last = null;
        for (int size : List.of(10_000, 100_000, 100_000)) {
            last = measure(directory(size), size, "FANOUT");
        }
        // The same 100,000 people again right after their incident closed: none of them may get a
        // code still answerable in the closed incident, so each one is an exception to the first code.
        closeNewestIncident(last);
        measure(last, 100_000, "FANOUT (same people, their last incident just closed)");
    }

    /**
     * {@code size} new people in a fresh role, their rows settled as a directory imported ahead of an incident is:
     * vacuumed and analysed (autovacuum's work), not still carrying the dead versions their roles' copy
     * (people.joined_roles) left a moment ago, which the declaration's read would otherwise prune on its way.
     */
    private String directory(int size) {
        String role = BulkPeople.inFreshRole(jdbc, size, "+1415").role();
        jdbc.sql("VACUUM (ANALYZE) people, person_roles").update();
        return role;
    }

    private String measure(String role, int size, String label) {
        long postmaster = CpuTime.postmasterPid(jdbc);
        try (var consumer = consumerAtEnd()) {
            CpuTime before = CpuTime.now(postmaster);
            long start = System.nanoTime();
            String incidentId =
                    Declaring.toRole(http, role, "Benchmark " + UUID.randomUUID(), "HIGH", Duration.ofMinutes(10));
            long durable = System.nanoTime();
            CpuTime declared = CpuTime.now(postmaster).minus(before);
            long published = 0;
            while (published < size
                    && System.nanoTime() - durable < Duration.ofMinutes(10).toNanos()) {
                for (var record : consumer.poll(Duration.ofMillis(200))) {
                    published += record.value().contains(incidentId) ? 1 : 0;
                }
            }
            long done = System.nanoTime();
            CpuTime all = CpuTime.now(postmaster).minus(before);
            System.out.printf(
                    "%s %,d people: durable (201) after %,d ms; %,d NotificationRequested on Kafka after %,d ms%n",
                    label, size, (durable - start) / 1_000_000, published, (done - start) / 1_000_000);
            System.out.printf(
                    "%s %,d people: CPU until 201 JVM %,d ms + PostgreSQL %,d ms; until all on Kafka JVM %,d ms + PostgreSQL %,d ms; load average %s%n",
                    label,
                    size,
                    declared.jvmMillis(),
                    declared.postgresMillis(),
                    all.jvmMillis(),
                    all.postgresMillis(),
                    CpuTime.loadAverage());
        }
        return role;
    }

    private void closeNewestIncident(String role) {
        String id = jdbc.sql(
                        """
                        SELECT r.incident_id FROM recipients r JOIN person_roles pr ON pr.person_id = r.person_id
                        WHERE pr.role = ? LIMIT 1
                        """)
                .param(role)
                .query(String.class)
                .single();
        http.mutate()
                .responseTimeout(Duration.ofMinutes(10))
                .build()
                .post()
                .uri("/api/incidents/{id}/close", id)
                .headers(h -> h.setBasicAuth("commander", IncidentServiceIntegrationTest.PASSWORD))
                .exchange()
                .expectStatus()
                .isOk();
        // The all-clears go out first, so that the next measurement is the declaration's alone.
        Awaitility.await()
                .atMost(Duration.ofMinutes(5))
                .until(() -> jdbc.sql("SELECT count(*) FROM outbox WHERE published_at IS NULL")
                                .query(Long.class)
                                .single()
                        == 0);
    }

    private static KafkaConsumer<String, String> consumerAtEnd() {
        Properties properties = new Properties();
        properties.put(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.shared().kafkaBootstrapServers());
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        var consumer = new KafkaConsumer<String, String>(properties);
        var partitions = consumer.partitionsFor(TOPIC).stream()
                .map(p -> new TopicPartition(TOPIC, p.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return consumer;
    }
}
