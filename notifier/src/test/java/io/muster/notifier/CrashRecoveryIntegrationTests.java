package io.muster.notifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.muster.contracts.ContractSamples;
import io.muster.simulator.PhoneSimulator;
import io.muster.simulator.Resource;
import io.muster.simulator.SimulatorSettings;
import io.muster.testkit.PostgresCoordinates;
import io.muster.testkit.TestServers;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Kills a separate notifier JVM in the middle of a run and starts a new one: every request's SMS is
 * sent exactly once, except attempts the ledger still marks AMBIGUOUS (never resent, counted).
 */
class CrashRecoveryIntegrationTests {

    private static final int REQUESTS = 300;
    private static final String SID = "AC000000000000000000000000000000c1";
    private static final PhoneSimulator simulator = PhoneSimulator.start(
            SimulatorSettings.builder().port(0).account(SID, "crash-token").build());
    private static final FakeGateway gateway = FakeGateway.start();

    private final JsonMapper json = JsonMapper.builder().build();
    private final String run = "crash-" + UUID.randomUUID();

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @Test
    void notifierKilledMidRunAndRestartedSendsEverySmsExactlyOnceExceptAmbiguousAttempts() throws Exception {
        simulator.faults().delay(Resource.MESSAGES, Duration.ofMillis(25)); // keeps calls in flight at the kill
        Map<UUID, String> phones = publishRequests();

        try (NotifierProcess first = NotifierProcess.start(settings())) {
            await().atMost(Duration.ofSeconds(120))
                    .until(() -> simulator.stats().messagesCreated() >= REQUESTS / 3);
            first.kill();
        }
        long beforeRestart = simulator.stats().messagesCreated();
        long reconciled;
        try (NotifierProcess second = NotifierProcess.start(settings())) {
            await().atMost(Duration.ofSeconds(120)).until(() -> settled(phones.keySet()) == REQUESTS);
            reconciled = second.linesWith("reconciled, the provider");
        }

        Map<String, Integer> ledger = ledgerCounts(phones.keySet());
        int ambiguous = ledger.getOrDefault("AMBIGUOUS", 0);
        int duplicates = 0;
        for (Map.Entry<UUID, String> request : phones.entrySet()) {
            int received = simulator.inbox(request.getValue()).size();
            duplicates += Math.max(0, received - 1);
            assertThat(received).as("SMS received for " + request.getKey()).isBetween(ambiguous > 0 ? 0 : 1, 1);
        }
        System.out.printf(
                "crash test: %d requests, %d SMS before the kill, %d in all; ledger %s; %d interrupted calls"
                        + " reconciled with the provider; duplicates %d%n",
                REQUESTS, beforeRestart, simulator.stats().messagesCreated(), ledger, reconciled, duplicates);
        assertThat(beforeRestart).isLessThan(REQUESTS);
        assertThat(duplicates).isZero();
        assertThat(ledger.getOrDefault("SENT", 0) + ambiguous).isEqualTo(REQUESTS);
        assertThat(simulator.stats().messagesCreated()).isEqualTo((long) ledger.getOrDefault("SENT", 0));
    }

    private Map<String, String> settings() {
        Map<String, String> settings = new HashMap<>();
        settings.put("server.port", "0");
        settings.put("muster.topics.notification-requests", run + ".requests");
        settings.put("muster.topics.priority-notification-requests", run + ".priority");
        settings.put("muster.topics.deliveries", run + ".deliveries");
        settings.put("muster.twilio.base-url", simulator.baseUrl());
        settings.put("muster.twilio.account-sid", SID);
        settings.put("muster.twilio.auth-token", "crash-token");
        settings.put("muster.twilio.from-number", "+15550007777");
        settings.put("muster.tokens.secrets", "crash-test-secret-of-at-least-32-characters");
        settings.put("muster.notifier.callback-base-url", "http://127.0.0.1:" + gateway.port());
        settings.put("muster.notifier.reconcile-after", "1s");
        // a killed consumer must leave its group quickly, so the new one gets the partitions
        settings.put("spring.kafka.consumer.properties[session.timeout.ms]", "6000");
        settings.put("spring.kafka.consumer.properties[heartbeat.interval.ms]", "1000");
        settings.put("logging.level.io.muster.notifier.sms", "WARN");
        return settings;
    }

    private Map<UUID, String> publishRequests() throws Exception {
        Map<UUID, String> phones = new HashMap<>();
        TestServers.shared().createTopics(run + ".requests", run + ".priority", run + ".deliveries");
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.shared().kafkaBootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < REQUESTS; i++) {
                ObjectNode request = (ObjectNode) json.readTree(ContractSamples.json("NotificationRequested", 1));
                UUID notificationId = UUID.randomUUID();
                String phone = "+1556" + (7_000_000 + i) + (int) (Math.random() * 10);
                request.put("eventId", UUID.randomUUID().toString());
                request.put("notificationId", notificationId.toString());
                request.put("personId", UUID.randomUUID().toString());
                request.put("priority", "NORMAL");
                // issued now: the sample's instants are long past, and an expired request is not sent
                request.put("occurredAt", Instant.now().toString());
                request.put("expiresAt", Instant.now().plus(Duration.ofDays(1)).toString());
                request.putArray("channels").addObject().put("channel", "SMS").put("address", phone);
                producer.send(new ProducerRecord<>(run + ".requests", phone, json.writeValueAsString(request)));
                phones.put(notificationId, phone);
            }
            producer.flush();
        }
        return phones;
    }

    /** Notifications whose SMS is SENT or left AMBIGUOUS (not resent), i.e. nothing more will happen. */
    private int settled(java.util.Set<UUID> notifications) throws Exception {
        return query(
                "select count(distinct notification_id) from delivery_attempts where notification_id = any(?)"
                        + " and status in ('SENT', 'AMBIGUOUS')",
                notifications,
                rows -> rows.next() ? rows.getInt(1) : 0);
    }

    private Map<String, Integer> ledgerCounts(java.util.Set<UUID> notifications) throws Exception {
        return query(
                "select status, count(*) from delivery_attempts where notification_id = any(?) group by status",
                notifications,
                rows -> {
                    Map<String, Integer> counts = new HashMap<>();
                    while (rows.next()) {
                        counts.put(rows.getString(1), rows.getInt(2));
                    }
                    return counts;
                });
    }

    private interface Rows<T> {
        T read(ResultSet rows) throws Exception;
    }

    private static <T> T query(String sql, java.util.Set<UUID> ids, Rows<T> reader) throws Exception {
        PostgresCoordinates db = TestServers.shared().postgres();
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                PreparedStatement statement =
                        connection.prepareStatement(sql.replace("delivery_attempts", "notifier.delivery_attempts"))) {
            statement.setArray(1, connection.createArrayOf("uuid", new ArrayList<>(ids).toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                return reader.read(rows);
            }
        }
    }
}
