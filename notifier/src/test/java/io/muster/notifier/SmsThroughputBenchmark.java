package io.muster.notifier;

import static org.awaitility.Awaitility.await;

import io.muster.simulator.PhoneMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.support.SendResult;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.node.ObjectNode;

/**
 * Prints sustained SMS/s and the latency from a request's Kafka timestamp to the provider call (the
 * simulator's received time). Not a test: surefire runs only *Tests, so run it by name:
 * {@code ./mvnw -pl notifier test -Dtest=SmsThroughputBenchmark -Dbenchmark.requests=100000
 * -Dsurefire.failIfNoSpecifiedTests=false} (default 20,000 requests).
 */
@TestPropertySource(
        properties = {
            "resilience4j.ratelimiter.instances.twilio-sms.limit-for-period=1000000",
            "resilience4j.bulkhead.instances.twilio-sms.max-concurrent-calls=200",
            "muster.notifier.lane-concurrency=4",
            "logging.level.io.muster.notifier.delivery=WARN",
            "logging.level.io.muster.notifier.sms=WARN"
        })
class SmsThroughputBenchmark extends NotifierIntegrationTest {

    private static final int REQUESTS = Integer.getInteger("benchmark.requests", 20_000);

    @Test
    void printsSustainedSmsPerSecondAndLatencyFromKafkaToTheProvider() {
        String prefix = "+1557" + (100 + (int) (Math.random() * 800));
        long before = simulator.stats().messagesCreated();
        List<CompletableFuture<SendResult<String, String>>> sends = new ArrayList<>(REQUESTS);
        List<String> phones = new ArrayList<>(REQUESTS);
        for (int i = 0; i < REQUESTS; i++) {
            String phone = prefix + String.format("%07d", i);
            ObjectNode request = request("NORMAL", "SMS", phone);
            phones.add(phone);
            sends.add(kafka.send(
                    topics.notificationRequests(),
                    request.get("personId").asString(),
                    json.writeValueAsString(request)));
        }
        kafka.flush();
        await().atMost(Duration.ofSeconds(60 + REQUESTS / 50))
                .pollInterval(Duration.ofMillis(200))
                .conditionEvaluationListener(condition -> {
                    if (condition.getElapsedTimeInMS() % 5_000 < 200) {
                        System.out.printf(
                                "benchmark: %d SMS after %d ms%n",
                                simulator.stats().messagesCreated() - before, condition.getElapsedTimeInMS());
                    }
                })
                .until(() -> simulator.stats().messagesCreated() - before >= REQUESTS);
        report(sends, phones);
    }

    private static void report(List<CompletableFuture<SendResult<String, String>>> sends, List<String> phones) {
        List<Long> latencies = new ArrayList<>(REQUESTS);
        Instant firstPublished = Instant.MAX;
        Instant firstSent = Instant.MAX;
        Instant lastSent = Instant.MIN;
        for (int i = 0; i < REQUESTS; i++) {
            Instant published =
                    Instant.ofEpochMilli(sends.get(i).join().getRecordMetadata().timestamp());
            Instant sent = simulator.inbox(phones.get(i)).stream()
                    .map(PhoneMessage::at)
                    .findFirst()
                    .orElseThrow();
            latencies.add(Duration.between(published, sent).toMillis());
            firstPublished = min(firstPublished, published);
            firstSent = min(firstSent, sent);
            lastSent = sent.isAfter(lastSent) ? sent : lastSent;
        }
        Collections.sort(latencies);
        double sustained = REQUESTS
                * 1000.0
                / Math.max(1, Duration.between(firstSent, lastSent).toMillis());
        double endToEnd = REQUESTS
                * 1000.0
                / Math.max(1, Duration.between(firstPublished, lastSent).toMillis());
        System.out.printf(
                "SMS throughput benchmark: %d requests; sustained %.0f SMS/s (first to last provider call),"
                        + " %.0f SMS/s from first publish; latency Kafka timestamp -> provider p50 %d ms, p99 %d ms,"
                        + " max %d ms%n",
                REQUESTS,
                sustained,
                endToEnd,
                latencies.get(latencies.size() / 2),
                latencies.get((int) Math.ceil(latencies.size() * 0.99) - 1),
                latencies.getLast());
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
