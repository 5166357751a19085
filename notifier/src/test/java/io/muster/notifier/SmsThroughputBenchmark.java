package io.muster.notifier;

import static org.awaitility.Awaitility.await;

import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import io.muster.notifier.twilio.TwilioAccount;
import io.muster.notifier.twilio.TwilioClientConfiguration;
import io.muster.notifier.twilio.TwilioProperties;
import io.muster.simulator.PhoneMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
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
 * -Dsurefire.failIfNoSpecifiedTests=false} (defaults: 20,000 requests; steady 1,000/s for 20 s). With
 * {@code -Dbenchmark.simulator=process} the simulator runs in a JVM of its own (without SMS status
 * callbacks, which the gateway handles in production), so this JVM holds the notifier, the broker and
 * the benchmark's publisher only.
 */
@TestPropertySource(
        properties = {
            "muster.twilio.sms-per-second=1000000",
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
    private static final @Nullable SimulatorProcess ownJvm = "process".equals(System.getProperty("benchmark.simulator"))
            ? SimulatorProcess.start(ACCOUNT_SID, AUTH_TOKEN, jvmOptions())
            : null;

    static {
        if (ownJvm != null) {
            primaryTwilioBaseUrl = ownJvm::baseUrl;
        }
    }

    @AfterAll
    static void stopSimulator() throws InterruptedException {
        if (ownJvm != null) {
            ownJvm.close();
        }
    }

    private static List<String> jvmOptions() {
        String options = System.getProperty("benchmark.simulator-jvm", "");
        return options.isBlank() ? List.of() : List.of(options.strip().split("\\s+"));
    }

    /**
     * Both accounts: on a loaded machine a few calls can time out, open the primary's circuit and go
     * to the secondary account (always in this JVM) for a while, as in production.
     */
    private static long messagesCreated() {
        return (ownJvm != null ? ownJvm.messagesCreated() : simulator.stats().messagesCreated())
                + secondarySimulator.stats().messagesCreated();
    }

    private static List<Instant> received(String phone) {
        List<Instant> received = new ArrayList<>(
                ownJvm != null
                        ? ownJvm.received(phone)
                        : simulator.inbox(phone).stream().map(PhoneMessage::at).toList());
        secondarySimulator.inbox(phone).forEach(message -> received.add(message.at()));
        return received;
    }

    private static String where() {
        return ownJvm != null ? "simulator in its own JVM" : "simulator in this JVM";
    }

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
                "SMS throughput benchmark (%s): simulator alone, %d creates through twilio-java on 8 threads: %.0f/s%n",
                where(), SIMULATOR_ONLY, SIMULATOR_ONLY * 1e9 / (System.nanoTime() - start));
    }

    @Test
    @Order(2)
    void printsSustainedSmsPerSecondWithEveryRequestPublishedAtOnce() {
        String prefix = freshPrefix();
        List<CompletableFuture<SendResult<String, String>>> sends = new ArrayList<>(REQUESTS);
        List<String> phones = new ArrayList<>(REQUESTS);
        long before = messagesCreated();
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
        long before = messagesCreated();
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
                                messagesCreated() - before, condition.getElapsedTimeInMS());
                    }
                })
                .until(() -> messagesCreated() - before >= count);
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
        List<List<Instant>> inboxes = inboxes(phones);
        for (int i = 0; i < sends.size(); i++) {
            Instant published =
                    Instant.ofEpochMilli(sends.get(i).join().getRecordMetadata().timestamp());
            List<Instant> inbox = inboxes.get(i);
            if (inbox.size() != 1) {
                throw new AssertionError(phones.get(i) + " got " + inbox.size() + " messages");
            }
            Instant sent = inbox.getFirst();
            latencies.add(Duration.between(published, sent).toMillis());
            firstPublished = min(firstPublished, published);
            firstSent = min(firstSent, sent);
            lastSent = sent.isAfter(lastSent) ? sent : lastSent;
        }
        Collections.sort(latencies);
        System.out.printf(
                "SMS throughput benchmark: the secondary account has taken %d SMS so far%n",
                secondarySimulator.stats().messagesCreated());
        System.out.printf(
                "SMS throughput benchmark (%s, %s): %d requests; %.0f SMS/s first to last provider call,"
                        + " %.0f SMS/s from first publish; latency Kafka timestamp -> provider p50 %d ms, p99 %d ms,"
                        + " max %d ms; exactly one SMS per request%n",
                mode,
                where(),
                sends.size(),
                perSecond(sends.size(), firstSent, lastSent),
                perSecond(sends.size(), firstPublished, lastSent),
                latencies.get(latencies.size() / 2),
                latencies.get((int) Math.ceil(latencies.size() * 0.99) - 1),
                latencies.getLast());
    }

    /** Read after the run, 8 at a time (over HTTP when the simulator has its own JVM). */
    private static List<List<Instant>> inboxes(List<String> phones) {
        try (ExecutorService readers = Executors.newFixedThreadPool(8)) {
            List<Future<List<Instant>>> reads = phones.stream()
                    .map(phone -> readers.submit(() -> received(phone)))
                    .toList();
            return reads.stream().map(SmsThroughputBenchmark::join).toList();
        }
    }

    private static List<Instant> join(Future<List<Instant>> read) {
        try {
            return read.get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("could not read an inbox", e);
        }
    }

    private static double perSecond(int count, Instant from, Instant to) {
        return count * 1000.0 / Math.max(1, Duration.between(from, to).toMillis());
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
