package io.muster.gateway;

import io.muster.gateway.correlation.OpenRequests;
import io.muster.gateway.hotline.ScenarioContractServer;
import io.muster.testkit.RealInfrastructure;
import io.muster.testkit.TestServers;
import io.muster.testkit.TopicProbe;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * The gateway on a real port with real Kafka and PostgreSQL. The public base URL is the server's
 * own address, so both our signer and the phone simulator sign what the gateway verifies. Every
 * subclass shares one Spring context.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {
            "muster.twilio.auth-tokens=" + GatewayIntegrationTest.OLD_TOKEN + "," + GatewayIntegrationTest.TOKEN,
            "muster.tokens.secrets=" + GatewayIntegrationTest.SECRET + "," + GatewayIntegrationTest.OLD_SECRET,
            // an unmatched SMS answer is held this long for its request (production: minutes)
            "muster.gateway.correlation.hold-window=" + GatewayIntegrationTest.HOLD_WINDOW,
            "muster.gateway.correlation.held-retry-interval=200ms",
            // a link opened before its request is indexed waits this long (production: seconds); long enough for
            // a loaded build machine, and no test opens a genuine link of a request that never comes
            "muster.gateway.correlation.token-index-wait=20s",
            // each context its own spool: a directory is locked by the instance that uses it
            "muster.gateway.spool.directory=target/spool/${random.uuid}"
        })
@ContextConfiguration(initializers = RealInfrastructure.class)
public abstract class GatewayIntegrationTest {

    public static final String OLD_TOKEN = "old-auth-token-being-rotated-out";
    public static final String TOKEN = "current-auth-token";
    public static final String REPLY_MAILBOX = "replies@muster.local";
    public static final String SECRET = "current-answer-token-secret-of-32-plus-chars";
    public static final String OLD_SECRET = "answer-token-secret-being-rotated-out";
    /** The password of the operator API's test accounts: operator (OPERATOR), hr (HR), commander (COMMANDER). */
    public static final String STAFF_PASSWORD = "staff-password";
    /** How long an unmatched SMS answer waits for its request in these tests. */
    public static final String HOLD_WINDOW = "4s";

    protected static final int PORT = freePort();
    /** Where the gateway's twilio-java client for ringing members into a bridge goes: a test's phone simulator. */
    protected static final int TWILIO_API_PORT = freePort();

    public static final String ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";
    public static final String BRIDGE_CALLER_ID = "+15550000300";
    protected static final String BASE_URL = "http://127.0.0.1:" + PORT;
    protected static final Duration PUBLISHED = Duration.ofSeconds(20);
    protected static final Duration QUIET = Duration.ofSeconds(2);

    @Autowired
    protected KafkaTemplate<String, String> kafka;

    @Autowired
    protected OpenRequests openRequests;

    @Autowired
    private DatabaseClient db;

    protected final WebTestClient client = WebTestClient.bindToServer()
            .baseUrl(BASE_URL)
            .responseTimeout(Duration.ofSeconds(30))
            .build();

    @DynamicPropertySource
    static void serverAddress(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("muster.gateway.public-base-url", () -> BASE_URL);
        registry.add("muster.bridge.account-sid", () -> ACCOUNT_SID);
        registry.add("muster.bridge.auth-token", () -> TOKEN);
        registry.add("muster.bridge.from-number", () -> BRIDGE_CALLER_ID);
        registry.add("muster.bridge.api-base-url", () -> "http://127.0.0.1:" + TWILIO_API_PORT);
        // launch by phone (docs/hotline.md): the incident-service's contract on a real port, listing no scenario
        // unless a test says so; the menu is read afresh on every call
        registry.add("muster.hotline.scenarios.base-url", () -> ScenarioContractServer.shared()
                .baseUrl());
        registry.add("muster.hotline.scenarios.service-token", () -> ScenarioContractServer.TOKEN);
        registry.add("muster.hotline.scenarios.menu-cache", () -> "0s");
        registry.add("muster.hotline.scenarios.timeout", () -> "2s");
        var greenMail = TestServers.shared().greenMail();
        greenMail.setUser(REPLY_MAILBOX, REPLY_MAILBOX, "mailbox-password");
        registry.add("muster.mail.imap.host", () -> "127.0.0.1");
        registry.add("muster.mail.imap.port", () -> greenMail.getImap().getPort());
        registry.add("muster.mail.imap.username", () -> REPLY_MAILBOX);
        registry.add("muster.mail.imap.password", () -> "mailbox-password");
        registry.add("muster.mail.imap.poll-interval", () -> "500ms");
        String hash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(STAFF_PASSWORD);
        List.of("operator", "hr", "commander").forEach(name -> {
            int i = List.of("operator", "hr", "commander").indexOf(name);
            registry.add("muster.gateway.operators[" + i + "].username", () -> name);
            registry.add("muster.gateway.operators[" + i + "].password", () -> hash);
            registry.add("muster.gateway.operators[" + i + "].roles", () -> name.toUpperCase(java.util.Locale.ROOT));
        });
    }

    protected static TopicProbe probe(String... topics) {
        return TopicProbe.on(TestServers.shared().kafkaBootstrapServers(), topics);
    }

    protected WebTestClient.ResponseSpec postSigned(String pathAndQuery, Map<String, String> params, String token) {
        return post(pathAndQuery, params, TwilioSigner.signature(BASE_URL + pathAndQuery, params, token));
    }

    /** The TwiML a webhook signed with the test account's token answers; fails unless it is 200. */
    protected String signedTwiml(String pathAndQuery, Map<String, String> params) {
        return postSigned(pathAndQuery, params, TOKEN)
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }

    protected WebTestClient.ResponseSpec post(String pathAndQuery, Map<String, String> params, String signature) {
        var form = new LinkedMultiValueMap<String, String>();
        params.forEach(form::add);
        var request = client.post().uri(pathAndQuery).contentType(MediaType.APPLICATION_FORM_URLENCODED);
        if (signature != null) {
            request = request.header("X-Twilio-Signature", signature);
        }
        return request.body(BodyInserters.fromFormData(form)).exchange();
    }

    /** What the inbound log says came of the webhooks whose provider reference starts with {@code reference}. */
    protected List<String> loggedOutcomes(String reference) {
        return db.sql(
                        "select correlated, outcome from inbound_log where provider_reference like :reference order by id")
                .bind("reference", reference + "%")
                .map(row -> row.get("correlated", Boolean.class) + " " + row.get("outcome", String.class))
                .all()
                .collectList()
                .block();
    }

    /** An entry as left by a delivery that was logged but never answered (say the broker was down). */
    protected void logUnansweredWebhook(String kind, String reference) {
        db.sql("insert into inbound_log (kind, provider_reference, params) values (:kind, :reference, '{}'::jsonb)")
                .bind("kind", kind)
                .bind("reference", reference)
                .then()
                .block();
    }

    /** An answer token for this request, as the notifier mints it. */
    protected static String tokenFor(NotificationRequestFixture request) {
        return AnswerTokenMinter.mint(request.notificationId(), request.expiresAt(), SECRET);
    }

    protected static String newPhoneNumber() {
        return String.format("+1555%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }

    protected static String newMessageSid() {
        return "SM" + UUID.randomUUID().toString().replace("-", "");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
