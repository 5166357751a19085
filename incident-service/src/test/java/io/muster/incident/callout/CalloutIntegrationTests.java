package io.muster.incident.callout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.muster.contracts.ContractSamples;
import io.muster.incident.Fixtures;
import io.muster.incident.Fixtures.TestPerson;
import io.muster.incident.IncidentServiceIntegrationTest;
import io.muster.incident.recipient.OtherQuestions;
import io.muster.incident.storage.Jdbc;
import io.muster.kafka.UnprocessableRecord;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Call-outs: everyone with the role is asked "can you come?"; at N yes answers asking stops, the
 * others are released once each, the yes-sayers are told where to report, and the commander sees who
 * is coming. Two yes answers at once never make N+1.
 */
@IncidentServiceIntegrationTest
class CalloutIntegrationTests {

    private static final String PASSWORD = IncidentServiceIntegrationTest.PASSWORD;
    private static final String REPLIES = "muster.reply.v1";
    private static final Duration WAIT = Duration.ofSeconds(20);

    private WebTestClient http;

    @Autowired
    JdbcClient db;

    @Autowired
    Jdbc jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    List<OtherQuestions> otherQuestions;

    private String role;
    private List<TestPerson> electricians;
    private UUID incident;

    @Autowired
    void client(WebTestClient client) {
        this.http = client.mutate().responseTimeout(Duration.ofSeconds(30)).build();
    }

    @BeforeEach
    void openIncidentAndFourElectricians() {
        var fixtures = new Fixtures(db);
        role = Fixtures.freshRole();
        electricians = fixtures.peopleInRole(role, 4);
        TestPerson other = fixtures.person(Fixtures.freshRole(), "+15557400001", false);
        incident = UUID.fromString(read(http.post()
                        .uri("/api/incidents")
                        .headers(h -> h.setBasicAuth("commander", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(Map.of(
                                "title",
                                "Storm " + UUID.randomUUID(),
                                "message",
                                "Power lines down.",
                                "severity",
                                "HIGH",
                                "notify",
                                Map.of("employeeIds", List.of(other.employeeId()))))
                        .exchange()
                        .expectStatus()
                        .isCreated())
                .get("id")
                .asString());
    }

    @Test
    void aCallOutStopsAtNYesAnswersReleasesTheRestAndTellsTheYesSayersWhereToReport() {
        JsonNode callout = read(start(2, "fill-2").expectStatus().isCreated());
        assertThat(callout.get("asked").asInt()).isEqualTo(4);
        assertThat(callout.get("status").asString()).isEqualTo("OPEN");
        for (TestPerson person : electricians) {
            JsonNode ask = only(person, "CALLOUT");
            assertThat(ask.get("replyOptions").findValuesAsString("answer")).containsExactly("COMING", "NOT_COMING");
            assertThat(ask.get("body").asString()).startsWith("Can you come? We need 2 people.");
        }
        TestPerson first = electricians.get(0),
                no = electricians.get(1),
                second = electricians.get(2),
                silent = electricians.get(3);

        reply(no, "NOT_COMING");
        reply(first, "COMING");
        reply(second, "COMING");
        await().atMost(WAIT)
                .until(() -> "FILLED".equals(callout(callout).get("status").asString()));

        JsonNode filled = callout(callout);
        assertThat(filled.get("coming").findValuesAsString("personId"))
                .containsExactlyInAnyOrder(first.id().toString(), second.id().toString());
        assertThat(filled.get("declined").asInt()).isEqualTo(1);
        assertThat(only(first, "CALLOUT_REPORT").get("body").asString()).contains("Hilltop depot");
        assertThat(only(second, "CALLOUT_REPORT").get("body").asString()).contains("Hilltop depot");
        assertThat(only(no, "CALLOUT_RELEASE").get("replyOptions")).isEmpty();
        assertThat(only(silent, "CALLOUT_RELEASE").get("body").asString()).contains("no longer needed");
        assertThat(requests(first, "CALLOUT_RELEASE")).isEmpty();
        assertThat(requests(second, "CALLOUT_RELEASE")).isEmpty();

        reply(silent, "COMING");
        await().atMost(WAIT).until(() -> requests(silent, "CALLOUT_RELEASE").size() == 2);
        assertThat(callout(callout).get("coming")).hasSize(2);
        assertThat(requests(silent, "CALLOUT_REPORT")).isEmpty();
    }

    @Test
    void yesAnswersAtOnceNeverMakeNPlusOne() throws Exception {
        JsonNode callout = read(start(1, "race").expectStatus().isCreated());
        OtherQuestions answers = otherQuestions.stream()
                .filter(CalloutAnswers.class::isInstance)
                .findFirst()
                .orElseThrow();
        CountDownLatch go = new CountDownLatch(1);
        // a thread each (the common pool may have one thread on a small machine: no race at all)
        ExecutorService threads = Executors.newFixedThreadPool(electricians.size());
        List<CompletableFuture<Void>> all = new ArrayList<>();
        for (TestPerson person : electricians) {
            UUID notification = askOf(person);
            all.add(CompletableFuture.runAsync(
                    () -> {
                        waitFor(go);
                        jdbc.inTransaction(() -> {
                            answers.answered(UUID.randomUUID(), notification, "COMING", "SMS", Instant.now());
                            return null;
                        });
                    },
                    threads));
        }
        go.countDown();
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
        threads.shutdown();

        JsonNode after = callout(callout);
        assertThat(after.get("coming")).hasSize(1);
        assertThat(after.get("status").asString()).isEqualTo("FILLED");
        assertThat(electricians.stream()
                        .mapToInt(p -> requests(p, "CALLOUT_REPORT").size())
                        .sum())
                .isEqualTo(1);
    }

    @Test
    void theSameRequestKeyAnswersWithTheFirstCallOut() {
        String id = read(start(2, "once").expectStatus().isCreated()).get("id").asString();
        assertThat(read(start(2, "once").expectStatus().isOk()).get("id").asString())
                .isEqualTo(id);
        assertThat(requests(electricians.get(0), "CALLOUT")).hasSize(1);
    }

    @Test
    void anAnswerTheCallOutDoesNotOfferIsUndeliverable() {
        read(start(1, "odd-answer").expectStatus().isCreated());
        UUID notification = askOf(electricians.get(0));
        OtherQuestions answers = otherQuestions.stream()
                .filter(CalloutAnswers.class::isInstance)
                .findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> jdbc.inTransaction(() -> {
                    answers.answered(UUID.randomUUID(), notification, "SAFE", "SMS", Instant.now());
                    return null;
                }))
                .isInstanceOf(UnprocessableRecord.class);
    }

    @Test
    void hostileAndWrongRequestsGetProblemsAndAskNobody() {
        Map<String, Object> reportTo = Map.of("place", "Hilltop depot", "time", later());
        problem(
                post(incident, Map.of("needed", 0, "roles", List.of(role), "reportTo", reportTo, "requestKey", "h1")),
                400,
                "validation");
        problem(
                post(incident, Map.of("needed", 2, "roles", List.of(), "reportTo", reportTo, "requestKey", "h2")),
                400,
                "validation");
        problem(post(incident, Map.of("needed", 2, "roles", List.of(role), "requestKey", "h3")), 400, "validation");
        problem(
                post(
                        incident,
                        Map.of(
                                "needed",
                                2,
                                "roles",
                                List.of(role),
                                "reportTo",
                                Map.of("place", "x", "time", "tomorrow"),
                                "requestKey",
                                "h4")),
                400,
                null);
        problem(
                post(
                        incident,
                        Map.of("needed", 2, "roles", List.of(role), "reportTo", reportTo, "requestKey", "a b;c")),
                400,
                "validation");
        problem(
                post(
                        incident,
                        Map.of(
                                "needed",
                                2,
                                "roles",
                                List.of("Nobody " + UUID.randomUUID()),
                                "reportTo",
                                reportTo,
                                "requestKey",
                                "h5")),
                422,
                "empty-roles");
        problem(post(UUID.randomUUID(), body(2, "h6")), 404, "incident-not-found");
        problem(
                http.get()
                        .uri("/api/incidents/{id}/callouts/{c}", incident, UUID.randomUUID())
                        .headers(h -> h.setBasicAuth("commander", PASSWORD))
                        .exchange(),
                404,
                "callout-not-found");
        http.post()
                .uri("/api/incidents/{id}/callouts", incident)
                .headers(h -> h.setBasicAuth("employee", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body(2, "h7"))
                .exchange()
                .expectStatus()
                .isForbidden();
        assertThat(requests(electricians.get(0), "CALLOUT")).isEmpty();
        http.post()
                .uri("/api/incidents/{id}/close", incident)
                .headers(h -> h.setBasicAuth("commander", PASSWORD))
                .exchange()
                .expectStatus()
                .isOk();
        problem(start(2, "after-close"), 409, "incident-closed");
    }

    private WebTestClient.ResponseSpec start(int needed, String key) {
        return post(incident, body(needed, key));
    }

    private Map<String, Object> body(int needed, String key) {
        return Map.of(
                "needed",
                needed,
                "roles",
                List.of(role),
                "reportTo",
                Map.of("place", "Hilltop depot", "time", later()),
                "message",
                "Bring your tools.",
                "requestKey",
                key);
    }

    private static String later() {
        return Instant.now()
                .plus(2, ChronoUnit.HOURS)
                .truncatedTo(ChronoUnit.MINUTES)
                .toString();
    }

    private WebTestClient.ResponseSpec post(UUID id, Object body) {
        return http.post()
                .uri("/api/incidents/{id}/callouts", id)
                .headers(h -> h.setBasicAuth("commander", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }

    private JsonNode callout(JsonNode callout) {
        return read(http.get()
                .uri(
                        "/api/incidents/{id}/callouts/{c}",
                        incident,
                        callout.get("id").asString())
                .headers(h -> h.setBasicAuth("commander", PASSWORD))
                .exchange()
                .expectStatus()
                .isOk());
    }

    private void problem(WebTestClient.ResponseSpec response, int status, String type) {
        JsonNode problem = read(response.expectStatus().isEqualTo(status));
        assertThat(problem.toString()).doesNotContain("Exception");
        if (type != null) {
            assertThat(problem.get("type").asString()).isEqualTo("urn:muster:problem:" + type);
        }
    }

    private void reply(TestPerson person, String answer) {
        ObjectNode node = (ObjectNode) json.readTree(ContractSamples.json("ReplyReceived", 1));
        node.put("eventId", UUID.randomUUID().toString());
        node.put("incidentId", incident.toString());
        node.put("notificationId", askOf(person).toString());
        node.put("personId", person.id().toString());
        node.put("answer", answer);
        node.put("occurredAt", Instant.now().toString());
        kafka.send(REPLIES, incident.toString(), node.toString()).join();
    }

    private UUID askOf(TestPerson person) {
        return db.sql("SELECT notification_id FROM callout_notifications WHERE person_id = ? AND kind = 'ASK'")
                .param(person.id())
                .query(UUID.class)
                .single();
    }

    private List<JsonNode> requests(TestPerson person, String purpose) {
        return db
                .sql("SELECT payload FROM outbox WHERE record_key = ? ORDER BY id")
                .param(person.id().toString())
                .query(String.class)
                .list()
                .stream()
                .map(json::readTree)
                .filter(node -> purpose.equals(node.path("purpose").asString("")))
                .toList();
    }

    private JsonNode only(TestPerson person, String purpose) {
        List<JsonNode> found = requests(person, purpose);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private JsonNode read(WebTestClient.ResponseSpec response) {
        return json.readTree(response.expectBody().returnResult().getResponseBody());
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
