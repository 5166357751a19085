package io.muster.incident.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.incident.BulkPeople;
import io.muster.incident.Declaring;
import io.muster.incident.IncidentServiceIntegrationTest;
import io.muster.incident.storage.Jdbc;
import io.muster.testkit.TestServers;
import io.muster.testkit.TopicProbe;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * A relay that dies halfway through a large cohort (here: its fifth chunk was sent, then the
 * process went away before it could record that) leaves the cohort's progress as of its last
 * finished chunk: the next relay re-publishes at most that one chunk, not the cohort.
 */
@IncidentServiceIntegrationTest
class RelayCrashIntegrationTests {

    private static final int PEOPLE = 1_000;
    private static final int CHUNK = 100;
    private static final List<String> REQUESTS =
            List.of("muster.notification-request.v1", "muster.notification-request.priority.v1");

    @Autowired
    OutboxRelay relay;

    @Autowired
    PendingRows rows;

    @Autowired
    Jdbc transactions;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WebTestClient http;

    @Autowired
    JsonMapper json;

    @Test
    void aRelayThatDiesMidCohortLeavesTheNextOneAtMostOneChunkToSendAgain() {
        BulkPeople people = BulkPeople.inFreshRole(jdbc, PEOPLE, "+1778");
        try (TopicProbe requests =
                TopicProbe.on(TestServers.shared().kafkaBootstrapServers(), REQUESTS.toArray(String[]::new))) {
            String incidentId;
            relay.stop();
            try {
                incidentId = Declaring.toRole(
                        http, people.role(), "relay crash " + UUID.randomUUID(), "LOW", Duration.ofSeconds(60));
                var dying = new OutboxRelay(
                        rows,
                        new DyingPublisher(kafka, 5),
                        transactions,
                        new OutboxProperties(Duration.ofMillis(100), CHUNK));
                dying.drain();
            } finally {
                relay.start();
            }

            List<ConsumerRecord<String, String>> sent =
                    requests.recordsWithin(record -> record.value().contains(incidentId), Duration.ofSeconds(20));
            Map<String, Long> perNotification = sent.stream()
                    .collect(Collectors.groupingBy(
                            record -> json.readTree(record.value())
                                    .get("notificationId")
                                    .asString(),
                            Collectors.counting()));
            assertThat(perNotification).hasSize(PEOPLE);
            long again = sent.size() - PEOPLE;
            System.out.println("Relay died in chunk 5 of " + PEOPLE / CHUNK + ": " + again + " requests sent again");
            assertThat(again).isBetween(1L, (long) CHUNK);
            assertThat(Set.copyOf(perNotification.values())).isSubsetOf(1L, 2L);
        }
    }

    /** Sends every chunk it is given, then dies after sending its {@code lastChunk}th: nothing after that is recorded. */
    private static final class DyingPublisher extends KafkaPublisher {

        private final int lastChunk;
        private final AtomicInteger chunks = new AtomicInteger();

        DyingPublisher(KafkaTemplate<String, String> kafka, int lastChunk) {
            super(kafka);
            this.lastChunk = lastChunk;
        }

        @Override
        CompletableFuture<Void> sendAll(List<OutboxMessage> messages) {
            int chunk = chunks.incrementAndGet();
            if (chunk > lastChunk) {
                return CompletableFuture.failedFuture(new IllegalStateException("the relay is dead"));
            }
            return super.sendAll(messages)
                    .thenCompose(sent -> chunk == lastChunk
                            ? CompletableFuture.failedFuture(
                                    new IllegalStateException("killed after sending its chunk"))
                            : CompletableFuture.completedFuture(null));
        }
    }
}
