package io.muster.gateway.sms;

import io.muster.gateway.GatewayIntegrationTest;
import io.muster.gateway.TwilioSigner;
import io.muster.testkit.TestServers;
import io.netty.buffer.Unpooled;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;

/**
 * Prints how many signed SMS-reply webhooks the running gateway correlates and publishes per second,
 * and p50/p99 from sending the webhook to ReplyReceived's Kafka timestamp (and to the TwiML answer),
 * with N open requests preloaded. The load generator runs in the same JVM on loopback, so it shares
 * the cores with the gateway, Kafka and PostgreSQL. Not a test: surefire runs only *Tests, so run it
 * by name: {@code ./mvnw -pl inbound-gateway test -Dtest=SmsReplyBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -Dbenchmark.replies=20000 -Dbenchmark.concurrency=64}.
 */
@TestPropertySource(properties = {"logging.level.io.muster.gateway=WARN"})
class SmsReplyBenchmark extends GatewayIntegrationTest {

    private static final int REPLIES = Integer.getInteger("benchmark.replies", 20_000);
    /**
     * 3,000 (until session 3) left the JIT compiling through the measured run: ~0.35-0.6 ms of CPU per
     * reply in its compiler threads, and the event loops partly running unoptimised code.
     */
    private static final int WARM_UP = Integer.getInteger("benchmark.warm-up", 20_000);

    private static final int CONCURRENCY = Integer.getInteger("benchmark.concurrency", 64);
    private static final String INBOUND = "/webhooks/twilio/sms/inbound";

    @Autowired
    private DatabaseClient db;

    /**
     * Reactor Netty on one event loop of its own, with bodies encoded beforehand: the JDK's HttpClient
     * used ~0.38 ms of CPU per webhook, counted in the JVM figure with the gateway's own.
     */
    private final LoopResources loadLoop = LoopResources.create("load-generator", 1, true);

    private final HttpClient http = HttpClient.create(ConnectionProvider.create("load-generator", CONCURRENCY))
            .runOn(loadLoop)
            .baseUrl(BASE_URL)
            .responseTimeout(Duration.ofSeconds(30));

    @AfterEach
    void stopLoadGenerator() {
        loadLoop.dispose();
    }

    @Test
    void printsRepliesCorrelatedPerSecondAndLatency() throws Exception {
        String prefix = "+1777" + (System.nanoTime() % 90 + 10);
        preload(prefix, WARM_UP + REPLIES);
        List<Webhook> all = webhooks(prefix, WARM_UP + REPLIES);
        try (var published = new PublishedReplies()) {
            run(all.subList(0, WARM_UP), published);
            published.awaitAll(all.subList(0, WARM_UP));
            long postmaster = postmasterPid();
            CpuTime before = CpuTime.now(postmaster);
            Run measured = run(all.subList(WARM_UP, all.size()), published);
            published.awaitAll(all.subList(WARM_UP, all.size()));
            CpuTime used = CpuTime.now(postmaster).minus(before);
            report(measured, published);
            reportCpu(used, REPLIES);
        }
    }

    /** N open requests, one per phone number, as the correlation index holds them (inserted in bulk). */
    private void preload(String prefix, int count) {
        db.sql(
                        """
                        insert into open_requests (notification_id, incident_id, person_id, phone, reply_code, subject,
                            expires_at, reply_options, channels)
                        select gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), :prefix || lpad(i::text, 6, '0'),
                            '47', 'Benchmark alert', now() + interval '1 hour',
                            '[{"key":"1","answer":"SAFE","label":"I am safe"}]'::jsonb, '[]'::jsonb
                        from generate_series(0, :last) as i""")
                .bind("prefix", prefix)
                .bind("last", count - 1)
                .then()
                .block();
    }

    /** The webhooks Twilio would send, signed beforehand: signing is Twilio's work, not the gateway's. */
    private static List<Webhook> webhooks(String prefix, int count) {
        List<Webhook> webhooks = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String sid = newMessageSid();
            Map<String, String> params = new LinkedHashMap<>();
            params.put("MessageSid", sid);
            params.put("AccountSid", "AC00000000000000000000000000000000");
            params.put("From", prefix + String.format("%06d", i));
            params.put("To", "+15550009999");
            params.put("Body", i % 2 == 0 ? "1" : "safe 47");
            String form = params.entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            webhooks.add(new Webhook(
                    sid,
                    form.getBytes(StandardCharsets.UTF_8),
                    TwilioSigner.signature(BASE_URL + INBOUND, params, TOKEN)));
        }
        return webhooks;
    }

    private Run run(List<Webhook> webhooks, PublishedReplies published) throws InterruptedException {
        Semaphore inFlight = new Semaphore(CONCURRENCY);
        long[] answered = new long[webhooks.size()];
        long start = System.nanoTime();
        for (int i = 0; i < webhooks.size(); i++) {
            Webhook webhook = webhooks.get(i);
            int index = i;
            inFlight.acquire();
            long sent = System.nanoTime();
            published.sentAt(webhook.sid(), System.currentTimeMillis());
            send(webhook)
                    .subscribe(
                            status -> {
                                answered[index] = status == 200 ? System.nanoTime() - sent : -1;
                                inFlight.release();
                            },
                            error -> {
                                answered[index] = -1;
                                inFlight.release();
                            });
        }
        inFlight.acquire(CONCURRENCY);
        return new Run(webhooks.size(), System.nanoTime() - start, answered);
    }

    /** The webhook's answer status, once its body has been read. */
    private Mono<Integer> send(Webhook webhook) {
        return http.headers(headers -> headers.set("Content-Type", "application/x-www-form-urlencoded")
                        .set("X-Twilio-Signature", webhook.signature()))
                .post()
                .uri(INBOUND)
                .send(Mono.fromSupplier(() -> Unpooled.wrappedBuffer(webhook.form())))
                .responseSingle(
                        (response, body) -> body.thenReturn(response.status().code()))
                .switchIfEmpty(Mono.just(-1));
    }

    private static void report(Run run, PublishedReplies published) {
        long failed = Arrays.stream(run.answered()).filter(n -> n < 0).count();
        double seconds = run.nanos() / 1e9;
        long[] toKafka = published.latenciesMillis();
        long[] toAnswer = Arrays.stream(run.answered())
                .filter(n -> n >= 0)
                .map(n -> n / 1_000_000)
                .sorted()
                .toArray();
        System.out.printf(
                "SMS reply benchmark: %d signed replies, %d in flight, %d cores: %.0f replies/s answered; "
                        + "%d ReplyReceived on Kafka at %.0f/s; failed %d%n",
                run.count(),
                CONCURRENCY,
                Runtime.getRuntime().availableProcessors(),
                run.count() / seconds,
                toKafka.length,
                toKafka.length / ((published.lastTimestamp() - published.firstSent()) / 1e3),
                failed);
        System.out.printf(
                "SMS reply benchmark: webhook -> ReplyReceived on Kafka p50 %d ms, p99 %d ms, max %d ms; "
                        + "webhook -> TwiML answer p50 %d ms, p99 %d ms%n",
                percentile(toKafka, 50),
                percentile(toKafka, 99),
                toKafka[toKafka.length - 1],
                percentile(toAnswer, 50),
                percentile(toAnswer, 99));
    }

    /** CPU per reply: on a shared box the one figure that does not move with the other builds' load. */
    private static void reportCpu(CpuTime used, int replies) {
        System.out.printf(
                "SMS reply benchmark: CPU per reply JVM %.3f ms (gateway + Kafka broker + load generator) + PostgreSQL"
                        + " %.3f ms = %.3f ms; load average %s%n",
                used.jvmMillis() / (double) replies,
                used.postgresMillis() / (double) replies,
                (used.jvmMillis() + used.postgresMillis()) / (double) replies,
                loadAverage());
        long jit = used.groups().getOrDefault("jvm-jit", 0L);
        System.out.printf(
                "SMS reply benchmark: CPU per reply without the JIT compiler (steady state) %.3f ms%n",
                (used.jvmMillis() - jit + used.postgresMillis()) / (double) replies);
        used.groups()
                .forEach((group, millis) -> System.out.printf(
                        "SMS reply benchmark: CPU per reply in %s %.3f ms%n", group, millis / (double) replies));
    }

    // The data directory's postmaster.pid names the server's main process (its first line).
    private long postmasterPid() {
        String dataDirectory = db.sql("select current_setting('data_directory') as d")
                .map(row -> row.get("d", String.class))
                .one()
                .block();
        try {
            return Long.parseLong(Files.readAllLines(Path.of(dataDirectory, "postmaster.pid"))
                    .getFirst()
                    .trim());
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    private static long percentile(long[] sorted, int percent) {
        return sorted.length == 0 ? -1 : sorted[Math.min(sorted.length - 1, sorted.length * percent / 100)];
    }

    private record Webhook(String sid, byte[] form, String signature) {}

    private record Run(int count, long nanos, long[] answered) {}

    /** Reads ReplyReceived from the replies topic and matches each to its webhook by the MessageSid. */
    private static final class PublishedReplies implements AutoCloseable {

        private final Map<String, Long> sent = new ConcurrentHashMap<>();
        private final Map<String, Long> onKafka = new ConcurrentHashMap<>();
        private final KafkaConsumer<String, String> consumer;
        private final Thread reader;
        private volatile boolean open = true;

        PublishedReplies() {
            Properties props = new Properties();
            props.put(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    TestServers.shared().kafkaBootstrapServers());
            props.put(ConsumerConfig.GROUP_ID_CONFIG, "sms-reply-benchmark-" + System.nanoTime());
            props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
            props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
            props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
            consumer = new KafkaConsumer<>(props);
            consumer.subscribe(List.of("muster.reply.v1"));
            while (consumer.assignment().isEmpty()) {
                consumer.poll(Duration.ofMillis(100));
            }
            reader = Thread.ofPlatform().name("benchmark-consumer").start(this::read);
        }

        void sentAt(String sid, long epochMillis) {
            sent.put(sid, epochMillis);
        }

        private void read() {
            while (open) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    int at = record.value().indexOf("\"providerReference\":\"");
                    if (at >= 0) {
                        int from = at + "\"providerReference\":\"".length();
                        onKafka.put(
                                record.value().substring(from, record.value().indexOf('"', from)), record.timestamp());
                    }
                }
            }
        }

        void awaitAll(List<Webhook> webhooks) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (webhooks.stream().anyMatch(w -> !onKafka.containsKey(w.sid())) && System.nanoTime() < deadline) {
                Thread.sleep(200); // a benchmark waiting for the tail, not a test synchronising
            }
            sent.keySet().retainAll(webhooks.stream().map(Webhook::sid).collect(Collectors.toSet()));
        }

        long[] latenciesMillis() {
            return sent.entrySet().stream()
                    .filter(e -> onKafka.containsKey(e.getKey()))
                    .mapToLong(e -> onKafka.get(e.getKey()) - e.getValue())
                    .sorted()
                    .toArray();
        }

        long firstSent() {
            return sent.values().stream().mapToLong(Long::longValue).min().orElse(0);
        }

        long lastTimestamp() {
            return sent.keySet().stream()
                    .filter(onKafka::containsKey)
                    .mapToLong(onKafka::get)
                    .max()
                    .orElse(0);
        }

        @Override
        public void close() throws InterruptedException {
            open = false;
            reader.join();
            consumer.close();
        }
    }
}
