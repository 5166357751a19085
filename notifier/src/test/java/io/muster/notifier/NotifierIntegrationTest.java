package io.muster.notifier;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.muster.contracts.ContractSamples;
import io.muster.notifier.kafka.TopicsProperties;
import io.muster.simulator.PhoneSimulator;
import io.muster.simulator.SimulatorSettings;
import io.muster.testkit.RealInfrastructure;
import io.muster.testkit.TestServers;
import io.muster.testkit.TopicProbe;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The notifier against a real broker, PostgreSQL, SMTP server and the phone simulator. Subclasses
 * share one Spring context and one simulator, so every test uses fresh ids, numbers and addresses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ContextConfiguration(initializers = RealInfrastructure.class)
abstract class NotifierIntegrationTest {

    protected static final Duration PATIENCE = Duration.ofSeconds(30);

    /** Stands in for the inbound gateway: records what Twilio fetches and posts, answers simple TwiML. */
    protected static final FakeGateway gateway = FakeGateway.start();

    protected static final String ACCOUNT_SID = "AC00000000000000000000000000000001";
    protected static final String AUTH_TOKEN = "integration-test-token";

    private static final String SECONDARY_SID = "AC00000000000000000000000000000009";

    protected static final PhoneSimulator simulator = PhoneSimulator.start(
            SimulatorSettings.builder().port(0).account(ACCOUNT_SID, AUTH_TOKEN).build());

    /** A second Twilio account elsewhere: the secondary provider. */
    protected static final PhoneSimulator secondarySimulator = PhoneSimulator.start(SimulatorSettings.builder()
            .port(0)
            .account(SECONDARY_SID, "secondary-token")
            .build());

    protected static final String TOKEN_SECRET = "integration-test-secret-of-at-least-32-chars";

    /** Where the primary account's requests go; a benchmark may point it at a simulator in its own JVM. */
    protected static Supplier<String> primaryTwilioBaseUrl = simulator::baseUrl;

    @DynamicPropertySource
    static void twilioIsThePhoneSimulator(DynamicPropertyRegistry registry) {
        registry.add("muster.twilio.base-url", () -> primaryTwilioBaseUrl.get());
        registry.add("muster.twilio.account-sid", () -> ACCOUNT_SID);
        registry.add("muster.twilio.auth-token", () -> AUTH_TOKEN);
        registry.add("muster.twilio.from-number", () -> "+15550009999");
        // short enough that the ambiguous-timeout test stays fast, long enough for a busy build machine
        registry.add("muster.twilio.response-timeout", () -> "3s");
        registry.add("resilience4j.retry.configs.provider.wait-duration", () -> "100ms");
        // production needs 20 calls in 30 s before it judges a provider; tests open the circuit after 3
        registry.add("resilience4j.circuitbreaker.configs.default.sliding-window-type", () -> "COUNT_BASED");
        registry.add("resilience4j.circuitbreaker.configs.default.sliding-window-size", () -> "20");
        registry.add("resilience4j.circuitbreaker.configs.default.minimum-number-of-calls", () -> "3");
        registry.add(
                "resilience4j.circuitbreaker.configs.default.permitted-number-of-calls-in-half-open-state", () -> "2");
        registry.add("muster.twilio.secondary.base-url", secondarySimulator::baseUrl);
        registry.add("muster.twilio.secondary.account-sid", () -> SECONDARY_SID);
        registry.add("muster.twilio.secondary.auth-token", () -> "secondary-token");
        registry.add("muster.twilio.secondary.from-number", () -> "+15550008888");
        registry.add("muster.tokens.secrets", () -> TOKEN_SECRET + ",an-older-secret-of-at-least-32-characters");
        registry.add("muster.notifier.reconcile-after", () -> "3s");
        registry.add("muster.notifier.callback-base-url", () -> "http://127.0.0.1:" + gateway.port());
    }

    @Autowired
    protected KafkaTemplate<String, String> kafka;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected TopicsProperties topics;

    protected final JsonMapper json = JsonMapper.builder().build();
    protected TopicProbe deliveries;

    @BeforeEach
    void openProbe() {
        deliveries = TopicProbe.on(TestServers.shared().kafkaBootstrapServers(), topics.deliveries());
    }

    @Autowired
    protected CircuitBreakerRegistry circuits;

    @AfterEach
    void closeProbe() {
        deliveries.close();
        simulator.faults().clear();
        secondarySimulator.faults().clear();
        // the context is shared: one test's outage must not open the circuit for the next
        circuits.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
    }

    protected static String freshPhoneNumber() {
        return "+1555" + ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000);
    }

    protected static String freshEmail() {
        return "person-" + UUID.randomUUID() + "@demo.muster.local";
    }

    /**
     * The golden NotificationRequested with fresh ids, the given priority and channels ("SMS", "+1555..."),
     * issued now: the sample's own instants are fixed and long past, so the test never depends on the day it runs.
     */
    protected ObjectNode request(String priority, String... channelAddressPairs) {
        ObjectNode request = (ObjectNode) json.readTree(ContractSamples.json("NotificationRequested", 1));
        Instant now = Instant.now();
        request.put("occurredAt", now.toString());
        request.put("expiresAt", now.plus(Duration.ofDays(1)).toString());
        request.put("eventId", UUID.randomUUID().toString());
        request.put("notificationId", UUID.randomUUID().toString());
        request.put("personId", UUID.randomUUID().toString());
        request.put("priority", priority);
        ArrayNode channels = request.putArray("channels");
        for (int i = 0; i < channelAddressPairs.length; i += 2) {
            channels.addObject().put("channel", channelAddressPairs[i]).put("address", channelAddressPairs[i + 1]);
        }
        return request;
    }

    protected void publish(String topic, ObjectNode request) {
        publish(topic, request.get("personId").asString(), json.writeValueAsString(request));
    }

    protected void publish(String topic, String key, String value) {
        try {
            kafka.send(topic, key, value).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not publish the test record", e);
        }
    }

    /** Waits for an outcome event of {@code type} for this notification and channel. */
    protected JsonNode awaitOutcome(ObjectNode request, String type, String channel) {
        ConsumerRecord<String, String> record =
                deliveries.awaitRecord(r -> isOutcome(r, request, type, channel), PATIENCE);
        return json.readTree(record.value());
    }

    protected List<JsonNode> outcomesWithin(ObjectNode request, String channel, Duration window) {
        return deliveries.recordsWithin(r -> isOutcome(r, request, null, channel), window).stream()
                .map(r -> json.readTree(r.value()))
                .toList();
    }

    private boolean isOutcome(ConsumerRecord<String, String> record, ObjectNode request, String type, String channel) {
        String notificationId = request.get("notificationId").asString();
        if (!notificationId.equals(record.key())) {
            return false;
        }
        JsonNode event = json.readTree(record.value());
        return (type == null || type.equals(event.get("type").asString()))
                && channel.equals(event.get("channel").asString());
    }

    protected static List<MimeMessage> mailTo(String address) {
        GreenMail greenMail = TestServers.shared().greenMail();
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(message -> isAddressedTo(message, address))
                .toList();
    }

    protected static List<MimeMessage> awaitMailTo(String address) {
        await().atMost(PATIENCE).until(() -> !mailTo(address).isEmpty());
        return mailTo(address);
    }

    private static boolean isAddressedTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(recipient -> recipient.toString().equals(address));
        } catch (MessagingException e) {
            return false;
        }
    }

    /** The ledger rows of one channel of a notification, as "attempt:STATUS". */
    protected List<String> ledger(ObjectNode request, String channel) {
        return jdbc.sql("select attempt || ':' || status from delivery_attempts"
                        + " where notification_id = ?::uuid and channel = ? order by attempt")
                .params(request.get("notificationId").asString(), channel)
                .query(String.class)
                .list();
    }
}
