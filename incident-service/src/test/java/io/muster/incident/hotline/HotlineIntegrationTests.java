package io.muster.incident.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import io.muster.contracts.ContractSamples;
import io.muster.incident.IncidentServiceIntegrationTest;
import io.muster.incident.OperationsFixtures;
import io.muster.testkit.TestServers;
import io.muster.testkit.TopicProbe;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The hotline messages of an incident, with a real HTTP server standing in for the provider's
 * recordings (basic auth, a WAV). Its own context: the recording base URL names that server.
 */
@IncidentServiceIntegrationTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class HotlineIntegrationTests {

    private static final String PASSWORD = IncidentServiceIntegrationTest.PASSWORD;
    private static final String RECORDINGS = "/2010-04-01/Accounts/ACtest/Recordings/";
    private static final String KNOWN = "RE" + "1".repeat(32);
    private static final String MISSING = "RE" + "4".repeat(32);
    private static final String NOT_AUDIO = "RE" + "5".repeat(32);
    private static final String SENTINEL = "RE" + "2".repeat(32);
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final byte[] WAV = Wav.silence(800);
    private static final List<String> requests = new CopyOnWriteArrayList<>();
    private static HttpServer provider;
    private static TopicProbe deadLetters;

    @Autowired
    WebTestClient http;

    @Autowired
    JdbcClient db;

    @Autowired
    JsonMapper json;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    KafkaTemplate<String, String> kafka;

    private UUID incidentId;

    @BeforeAll
    static void recordingServer() throws IOException {
        provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        provider.createContext("/", exchange -> {
            requests.add(exchange.getRequestURI().getPath() + " "
                    + exchange.getRequestHeaders().getFirst("Authorization"));
            String path = exchange.getRequestURI().getPath();
            boolean known = path.equals(RECORDINGS + KNOWN) || path.equals(RECORDINGS + NOT_AUDIO);
            boolean authorised = ("Basic "
                            + Base64.getEncoder().encodeToString("ACtest:secret".getBytes(StandardCharsets.UTF_8)))
                    .equals(exchange.getRequestHeaders().getFirst("Authorization"));
            int status = !authorised ? 401 : known ? 200 : 404;
            byte[] body = status == 200 ? WAV : new byte[0];
            exchange.getResponseHeaders()
                    .set(
                            "Content-Type",
                            status != 200 ? "text/plain" : path.endsWith(NOT_AUDIO) ? "text/html" : "audio/x-wav");
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        provider.start();
        deadLetters = TopicProbe.on(TestServers.shared().kafkaBootstrapServers(), "muster.reply.v1.DLT");
    }

    @AfterAll
    static void stop() {
        provider.stop(0);
        deadLetters.close();
    }

    @DynamicPropertySource
    static void recordingBase(DynamicPropertyRegistry registry) {
        registry.add("muster.hotline.recording-base-url", () -> base() + "/2010-04-01/Accounts/");
        registry.add("muster.hotline.username", () -> "ACtest");
        registry.add("muster.hotline.password", () -> "secret");
    }

    @BeforeEach
    void declaredIncident() {
        http = http.mutate().responseTimeout(Duration.ofSeconds(30)).build();
        incidentId =
                new OperationsFixtures(http, db, json).withTeamLogin(encoder).declare("GENERAL");
    }

    @Test
    void aRecordedMessageIsListedOnceAndItsRecordingStreamsThroughTheService() {
        ObjectNode message = event(incidentId, base() + RECORDINGS + KNOWN);
        publish(message);
        publish(message);
        ObjectNode sentinel = event(incidentId, base() + RECORDINGS + SENTINEL);
        publish(sentinel);

        await().atMost(WAIT).until(() -> messages("hr").size() == 2);
        JsonNode listed = messages(OperationsFixtures.TEAM).get(0);
        assertThat(listed.get("callerNumber").asString()).isEqualTo("***********23");
        assertThat(listed.get("durationSeconds").asInt()).isEqualTo(12);
        assertThat(listed.has("recordingUrl")).isFalse();

        byte[] audio = http.get()
                .uri(listed.get("audio").asString())
                .headers(h -> h.setBasicAuth("commander", PASSWORD))
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentType("audio/x-wav")
                .expectBody()
                .returnResult()
                .getResponseBody();
        assertThat(audio).isEqualTo(WAV);
        assertThat(requests)
                .contains(RECORDINGS + KNOWN + " Basic "
                        + Base64.getEncoder().encodeToString("ACtest:secret".getBytes(StandardCharsets.UTF_8)));
        assertThat(db.sql(
                                "SELECT count(*) FROM audit_log WHERE action = 'HOTLINE_MESSAGE_RECORDED' AND incident_id = ?")
                        .param(incidentId)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void aRecordingTheProviderDoesNotHaveIsABadGateway() {
        publish(event(incidentId, base() + RECORDINGS + MISSING));
        await().atMost(WAIT).until(() -> messages("hr").size() == 1);

        http.get()
                .uri(messages("hr").get(0).get("audio").asString())
                .headers(h -> h.setBasicAuth("hr", PASSWORD))
                .exchange()
                .expectStatus()
                .isEqualTo(502)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:recording-unavailable");
    }

    @Test
    void aRecordingOutsideTheConfiguredBaseIsNeverFetched() {
        int port = provider.getAddress().getPort();
        publish(event(incidentId, "http://localhost:" + port + RECORDINGS + KNOWN));
        publish(event(incidentId, base() + "/2010-04-01/Accounts/../../admin"));
        publish(event(incidentId, "http://127.0.0.1:" + (port + 1) + RECORDINGS + KNOWN));
        await().atMost(WAIT).until(() -> messages("hr").size() == 3);
        int before = requests.size();

        for (JsonNode message : messages("hr")) {
            http.get()
                    .uri(message.get("audio").asString())
                    .headers(h -> h.setBasicAuth("hr", PASSWORD))
                    .exchange()
                    .expectStatus()
                    .isEqualTo(422)
                    .expectBody()
                    .jsonPath("$.type")
                    .isEqualTo("urn:muster:problem:recording-url-not-allowed");
        }
        assertThat(requests).hasSize(before);
    }

    @Test
    void noOtherResourceOfTheAccountAndNoEncodedPathIsEverFetched() {
        String account = base() + "/2010-04-01/Accounts/ACtest/";
        publish(event(incidentId, account + "Messages.json"));
        publish(event(incidentId, account + "Recordings/%2e%2e/Messages.json"));
        publish(event(incidentId, account + "Recordings/" + KNOWN + "/%2e%2e/%2e%2e/Calls.json"));
        publish(event(incidentId, base() + "/2010-04-01/Accounts/ACother/Recordings/" + KNOWN));
        await().atMost(WAIT).until(() -> messages("hr").size() == 4);
        int before = requests.size();

        for (JsonNode message : messages("hr")) {
            http.get()
                    .uri(message.get("audio").asString())
                    .headers(h -> h.setBasicAuth("hr", PASSWORD))
                    .exchange()
                    .expectStatus()
                    .isEqualTo(422)
                    .expectBody()
                    .jsonPath("$.type")
                    .isEqualTo("urn:muster:problem:recording-url-not-allowed");
        }
        assertThat(requests).hasSize(before);
    }

    @Test
    void anAnswerThatIsNotAudioIsNotPassedOn() {
        publish(event(incidentId, base() + RECORDINGS + NOT_AUDIO));
        await().atMost(WAIT).until(() -> messages("hr").size() == 1);

        http.get()
                .uri(messages("hr").get(0).get("audio").asString())
                .headers(h -> h.setBasicAuth("hr", PASSWORD))
                .exchange()
                .expectStatus()
                .isEqualTo(502)
                .expectHeader()
                .contentType("application/problem+json")
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:recording-unavailable");
    }

    @Test
    void employeesAndSpokespeopleDoNotHearMessages() {
        for (String login : List.of("employee", "spokesperson")) {
            http.get()
                    .uri("/api/incidents/{id}/hotline-messages", incidentId)
                    .headers(h -> h.setBasicAuth(login, PASSWORD))
                    .exchange()
                    .expectStatus()
                    .isForbidden();
        }
    }

    @Test
    void aMessageForAnUnknownIncidentGoesToTheDeadLetterTopic() {
        ObjectNode orphan = event(UUID.randomUUID(), base() + RECORDINGS + KNOWN);
        publish(orphan);

        ConsumerRecord<String, String> dead = deadLetters.awaitRecord(
                r -> r.value().contains(orphan.get("eventId").asString())
                        && reason(r).contains("unknown incident"),
                WAIT);
        assertThat(dead.value()).contains("HotlineMessageRecorded");
    }

    private List<JsonNode> messages(String login) {
        JsonNode list = json.readTree(http.get()
                .uri("/api/incidents/{id}/hotline-messages", incidentId)
                .headers(h -> h.setBasicAuth(login, PASSWORD))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .returnResult()
                .getResponseBody());
        return list.valueStream().toList();
    }

    private ObjectNode event(UUID incident, String recordingUrl) {
        ObjectNode event = (ObjectNode) json.readTree(ContractSamples.json("HotlineMessageRecorded", 1));
        event.put("eventId", UUID.randomUUID().toString());
        event.put("incidentId", incident.toString());
        event.put("recordingUrl", recordingUrl);
        event.put("occurredAt", java.time.Instant.now().toString());
        return event;
    }

    private void publish(ObjectNode event) {
        kafka.send("muster.reply.v1", event.get("incidentId").asString(), event.toString())
                .join();
    }

    private static String reason(ConsumerRecord<String, String> record) {
        Header header = record.headers().lastHeader("kafka_dlt-exception-message");
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String base() {
        return "http://127.0.0.1:" + provider.getAddress().getPort();
    }
}
