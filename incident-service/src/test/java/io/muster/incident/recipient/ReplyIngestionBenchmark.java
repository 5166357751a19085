package io.muster.incident.recipient;

import io.muster.contracts.ContractSamples;
import io.muster.incident.BulkPeople;
import io.muster.incident.CpuTime;
import io.muster.incident.Declaring;
import io.muster.incident.IncidentServiceIntegrationTest;
import io.muster.testkit.TestServers;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Not part of verify: the incident-service's half of issue 5's reply benchmark. ReplyReceived
 * events (as the gateway publishes them) for one incident's recipients go onto the replies topic
 * as fast as a producer sends them; it prints answers recorded per second and the time from
 * publishing a reply to its person's state being visible in PostgreSQL (p50, p99), and the CPU
 * per reply of this JVM (service, broker, producer) and of PostgreSQL.
 *
 * <pre>
 * ./mvnw -B test -pl incident-service -Dtest=ReplyIngestionBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbenchmark.replies=20000
 * ... -Dbenchmark.rate=2000     # a steady 2,000 replies/s instead of all at once: latency, not backlog
 * </pre>
 */
@IncidentServiceIntegrationTest
class ReplyIngestionBenchmark {

    private static final String REPLIES = "muster.reply.v1";
    private static final Duration POLL = Duration.ofMillis(10);

    @Autowired
    WebTestClient http;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Test
    void recordingRepliesAsFastAsTheyArrive() throws Exception {
        int measured = Integer.getInteger("benchmark.replies", 20_000);
        int warmUp = Math.max(1_000, measured / 10);
        // 0: everything at once (throughput); else replies per second (latency at a steady rate)
        int rate = Integer.getInteger("benchmark.rate", 0);
        UUID incident = declareFor(
                BulkPeople.inFreshRole(jdbc, measured + warmUp, "+1416").role());
        List<String[]> recipients = jdbc.sql("SELECT notification_id, person_id FROM recipients WHERE incident_id = ?")
                .param(incident)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .list();
        try (var producer = producer()) {
            send(producer, incident, recipients.subList(0, warmUp), new long[warmUp], 0);
            awaitAnswered(incident, warmUp, new ArrayList<>());

            long postmaster = CpuTime.postmasterPid(jdbc);
            CpuTime before = CpuTime.now(postmaster);
            long[] sent = new long[measured];
            List<long[]> seen = new ArrayList<>();
            long start = System.nanoTime();
            // The producer sends on its own thread while this one watches the answers arrive.
            var sending = CompletableFuture.runAsync(
                    () -> send(producer, incident, recipients.subList(warmUp, warmUp + measured), sent, rate));
            long end = awaitAnswered(incident, warmUp + measured, seen);
            sending.join();
            CpuTime used = CpuTime.now(postmaster).minus(before);

            long[] latencies = latencies(sent, seen, warmUp);
            System.out.printf(
                    "REPLIES %,d sent %s, recorded in %,d ms: %,.0f answers/s; publish -> state visible p50 %,d ms, p99 %,d ms, max %,d ms (polled every %d ms)%n",
                    measured,
                    rate == 0 ? "at once" : "at " + rate + "/s",
                    (end - start) / 1_000_000,
                    measured * 1e9 / (end - start),
                    latencies[latencies.length / 2] / 1_000_000,
                    latencies[(int) (latencies.length * 0.99)] / 1_000_000,
                    latencies[latencies.length - 1] / 1_000_000,
                    POLL.toMillis());
            System.out.printf(
                    "REPLIES CPU per reply: JVM %.3f ms + PostgreSQL %.3f ms; load average %s%n",
                    (double) used.jvmMillis() / measured,
                    (double) used.postgresMillis() / measured,
                    CpuTime.loadAverage());
        }
    }

    private void send(
            KafkaProducer<String, String> producer, UUID incident, List<String[]> recipients, long[] sent, int rate) {
        ObjectNode reply = (ObjectNode) json.readTree(ContractSamples.json("ReplyReceived", 1));
        reply.put("incidentId", incident.toString());
        long start = System.nanoTime();
        for (int i = 0; i < recipients.size(); i++) {
            String[] recipient = recipients.get(i);
            reply.put("eventId", UUID.randomUUID().toString());
            reply.put("notificationId", recipient[0]);
            reply.put("personId", recipient[1]);
            reply.put("occurredAt", Instant.now().toString());
            if (rate > 0) {
                pace(start + i * 1_000_000_000L / rate);
            }
            sent[i] = System.nanoTime();
            producer.send(new ProducerRecord<>(REPLIES, recipient[1], reply.toString()));
        }
        producer.flush();
    }

    /**
     * Polls how many have answered; returns when all have, and notes (time, count) as they grow.
     * It counts only the answer rows added since its last look (their ids grow), so watching costs
     * PostgreSQL little; an answer row commits with the person's new state.
     */
    private long awaitAnswered(UUID incident, int expected, List<long[]> seen) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        long answered = 0;
        long lastId = 0;
        while (answered < expected && System.nanoTime() < deadline) {
            long[] news = jdbc.sql(
                            "SELECT count(*), coalesce(max(id), ?) FROM accountability_answers WHERE id > ? AND incident_id = ?")
                    .param(lastId)
                    .param(lastId)
                    .param(incident)
                    .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                    .single();
            answered += news[0];
            lastId = news[1];
            seen.add(new long[] {System.nanoTime(), answered});
            if (answered < expected) {
                Thread.sleep(POLL); // a sampling interval, not synchronisation: the loop checks the count
            }
        }
        if (answered < expected) {
            throw new AssertionError("only " + answered + " of " + expected + " answers recorded");
        }
        return seen.getLast()[0];
    }

    // Replies are recorded about in the order they were sent: the i-th is visible once the count
    // first reaches warmUp + i + 1 (the resolution is the polling interval).
    private static long[] latencies(long[] sent, List<long[]> seen, int warmUp) {
        long[] latencies = new long[sent.length];
        int poll = 0;
        for (int i = 0; i < sent.length; i++) {
            while (seen.get(poll)[1] < warmUp + i + 1) {
                poll++;
            }
            latencies[i] = Math.max(0, seen.get(poll)[0] - sent[i]);
        }
        Arrays.sort(latencies);
        return latencies;
    }

    // Pacing the load generator, not synchronisation.
    private static void pace(long due) {
        long wait;
        while ((wait = due - System.nanoTime()) > 0) {
            LockSupport.parkNanos(wait);
        }
    }

    private static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestServers.shared().kafkaBootstrapServers(),
                ProducerConfig.LINGER_MS_CONFIG,
                5,
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class));
    }

    private UUID declareFor(String role) {
        return UUID.fromString(
                Declaring.toRole(http, role, "Reply benchmark " + UUID.randomUUID(), "HIGH", Duration.ofMinutes(2)));
    }
}
