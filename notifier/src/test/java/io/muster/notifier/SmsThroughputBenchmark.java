package io.muster.notifier;

import static org.awaitility.Awaitility.await;

import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import io.muster.notifier.sms.TwilioAccount;
import io.muster.notifier.sms.TwilioClientConfiguration;
import io.muster.notifier.sms.TwilioProperties;
import io.muster.simulator.PhoneMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.support.SendResult;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.node.ObjectNode;

/**
 * Prints (1) what the phone simulator alone takes through twilio-java with 8 threads, (2) sustained
 * SMS/s with all requests published at once, and (3) the latency from a request's Kafka timestamp to
 * the provider call (the simulator's received time) with requests arriving at a steady rate below
 * capacity. Not a test: surefire runs only *Tests, so run it by name:
 * {@code ./mvnw -pl notifier test -Dtest=SmsThroughputBenchmark -Dbenchmark.requests=100000
 * -Dsurefire.failIfNoSpecifiedTests=false} (defaults: 20,000 requests; steady 1,000/s for 20 s).
 */
@TestPropertySource(
        properties = {
            "resilience4j.ratelimiter.instances.twilio-sms.limit-for-period=1000000",
            "resilience4j.bulkhead.instances.twilio-sms.max-concurrent-calls=200",
            "muster.notifier.lane-concurrency=4",
            "logging.level.io.muster.notifier.delivery=WARN",
            "logging.level.io.muster.notifier.sms=WARN"
        })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SmsThroughputBenchmark extends NotifierIntegrationTest {

    private static final int REQUESTS = Integer.getInteger("benchmark.requests", 20_000);
    private static final int STEADY_RATE = Integer.getInteger("benchmark.rate", 1_000);
    private static final int STEADY_SECONDS = Integer.getInteger("benchmark.seconds", 20);
    private static final int SIMULATOR_ONLY = Integer.getInteger("benchmark.simulator-requests", 10_000);

    @Autowired
    private TwilioProperties twilio;

    @Test
    @Order(1)
    void printsWhatTheSimulatorAloneTakesThroughTwilioJava() throws InterruptedException {
        TwilioAccount account = TwilioClientConfiguration.accounts(twilio).getFirst();
        String prefix = freshPrefix();
        long start = System.nanoTime();
        try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
            IntStream.range(0, SIMULATOR_ONLY)
                    .forEach(i -> threads.execute(() -> Message.creator(
                                    new PhoneNumber(prefix + String.format("%07d", i)),
                                    new PhoneNumber(account.fromNumber()),
                                    "benchmark")
                            .create(account.client())));
            threads.shutdown();
            threads.awaitTermination(5, TimeUnit.MINUTES);
        }
        System.out.printf(
                "SMS throughput benchmark: simulator alone, %d creates through twilio-java on 8 threads: %.0f/s%n",
                SIMULATOR_ONLY, SIMULATOR_ONLY * 1e9 / (System.nanoTime() - start));
    }

    @Test
    @Order(2)
    void printsSustainedSmsPerSecondWithEveryRequestPublishedAtOnce() {
        String prefix = freshPrefix();
        List<CompletableFuture<SendResult<String, String>>> sends = new ArrayList<>(REQUESTS);
        List<String> phones = new ArrayList<>(REQUESTS);
        long before = simulator.stats().messagesCreated();
        for (int i = 0; i < REQUESTS; i++) {
            phones.add(prefix + String.format("%07d", i));
            sends.add(publishSms(phones.getLast()));
        }
        kafka.flush();
        awaitSent(before, REQUESTS);
        report("all at once", sends, phones);
    }

    @Test
    @Order(3)
    void printsLatencyFromKafkaToTheProviderAtASteadyRateBelowCapacity() {
        int total = STEADY_RATE * STEADY_SECONDS;
        String prefix = freshPrefix();
        List<CompletableFuture<SendResult<String, String>>> sends = new ArrayList<>(total);
        List<String> phones = new ArrayList<>(total);
        long before = simulator.stats().messagesCreated();
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            // publish i is due at start + i / rate: a steady arrival rate, not a burst
            LockSupport.parkNanos(start + i * 1_000_000_000L / STEADY_RATE - System.nanoTime());
            phones.add(prefix + String.format("%07d", i));
            sends.add(publishSms(phones.getLast()));
        }
        kafka.flush();
        awaitSent(before, total);
        report("steady " + STEADY_RATE + "/s for " + STEADY_SECONDS + " s", sends, phones);
    }

    private CompletableFuture<SendResult<String, String>> publishSms(String phone) {
        ObjectNode request = request("NORMAL", "SMS", phone);
        return kafka.send(
                topics.notificationRequests(), request.get("personId").asString(), json.writeValueAsString(request));
    }

    private static void awaitSent(long before, int count) {
        await().atMost(Duration.ofSeconds(60 + count / 50))
                .pollInterval(Duration.ofMillis(200))
                .conditionEvaluationListener(condition -> {
                    if (condition.getElapsedTimeInMS() % 5_000 < 200) {
                        System.out.printf(
                                "benchmark: %d SMS after %d ms%n",
                                simulator.stats().messagesCreated() - before, condition.getElapsedTimeInMS());
                    }
                })
                .until(() -> simulator.stats().messagesCreated() - before >= count);
    }

    private static String freshPrefix() {
        return "+1557" + (100 + (int) (Math.random() * 800));
    }

    private static void report(
            String mode, List<CompletableFuture<SendResult<String, String>>> sends, List<String> phones) {
        List<Long> latencies = new ArrayList<>(sends.size());
        Instant firstPublished = Instant.MAX;
        Instant firstSent = Instant.MAX;
        Instant lastSent = Instant.MIN;
        for (int i = 0; i < sends.size(); i++) {
            Instant published =
                    Instant.ofEpochMilli(sends.get(i).join().getRecordMetadata().timestamp());
            List<PhoneMessage> inbox = simulator.inbox(phones.get(i));
            if (inbox.size() != 1) {
                throw new AssertionError(phones.get(i) + " got " + inbox.size() + " messages");
            }
            Instant sent = inbox.getFirst().at();
            latencies.add(Duration.between(published, sent).toMillis());
            firstPublished = min(firstPublished, published);
            firstSent = min(firstSent, sent);
            lastSent = sent.isAfter(lastSent) ? sent : lastSent;
        }
        Collections.sort(latencies);
        System.out.printf(
                "SMS throughput benchmark (%s): %d requests; %.0f SMS/s first to last provider call,"
                        + " %.0f SMS/s from first publish; latency Kafka timestamp -> provider p50 %d ms, p99 %d ms,"
                        + " max %d ms; exactly one SMS per request%n",
                mode,
                sends.size(),
                perSecond(sends.size(), firstSent, lastSent),
                perSecond(sends.size(), firstPublished, lastSent),
                latencies.get(latencies.size() / 2),
                latencies.get((int) Math.ceil(latencies.size() * 0.99) - 1),
                latencies.getLast());
    }

    private static double perSecond(int count, Instant from, Instant to) {
        return count * 1000.0 / Math.max(1, Duration.between(from, to).toMillis());
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
