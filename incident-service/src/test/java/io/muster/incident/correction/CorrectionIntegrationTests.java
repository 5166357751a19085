package io.muster.incident.correction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.muster.contracts.ContractSamples;
import io.muster.incident.Fixtures;
import io.muster.incident.Fixtures.TestPerson;
import io.muster.incident.IncidentServiceIntegrationTest;
import io.muster.incident.statement.StatementScenario;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Correct and cancel a sent alert: the correction goes to exactly the people the alert reached, on
 * the channels that reached them; a cancellation asks nothing and stops the escalation; a public
 * statement gets its CAP follow-up.
 */
@IncidentServiceIntegrationTest
class CorrectionIntegrationTests {

    private static final String PASSWORD = IncidentServiceIntegrationTest.PASSWORD;
    private static final String DELIVERIES = "muster.delivery.v1";
    private static final Duration WAIT = Duration.ofSeconds(20);

    private WebTestClient http;

    @Autowired
    io.muster.incident.outbox.DeferredPayloads deferred;

    @Autowired
    JdbcClient db;

    @Autowired
    JsonMapper json;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    PasswordEncoder passwords;

    private TestPerson bySms;
    private TestPerson byEmail;
    private TestPerson neverReached;
    private TestPerson nextLevel;
    private UUID incident;

    @Autowired
    void client(WebTestClient client) {
        this.http = client.mutate().responseTimeout(Duration.ofSeconds(30)).build();
    }

    /**
     * Level 1 (three people) alerted: one reached by SMS, one by email after SMS failed, one never (every channel of
     * theirs failed); level 2 waits an hour.
     */
    @BeforeEach
    void alertThatReachedTwoOfThree() {
        var fixtures = new Fixtures(db);
        String first = Fixtures.freshRole(), second = Fixtures.freshRole();
        bySms = fixtures.person(first, "+1555731" + digits(), true);
        byEmail = fixtures.person(first, "+1555732" + digits(), true);
        neverReached = fixtures.person(first, "+1555733" + digits(), true);
        nextLevel = fixtures.person(second, "+1555734" + digits(), true);
        fixtures.set(byEmail, "locale", "fr-CA");
        incident = declare(callTree(level(first), level(second)));
        await().atMost(WAIT).until(() -> notificationOf(neverReached) != null);
        report("NotificationSent", bySms, "SMS");
        report("NotificationFailed", byEmail, "SMS");
        report("NotificationSent", byEmail, "EMAIL");
        report("NotificationDelivered", byEmail, "EMAIL");
        failedEverywhere(neverReached);
        await().atMost(WAIT)
                .until(() -> fixtures.count(
                                "SELECT count(*) FROM recipient_events e JOIN recipients r USING (notification_id) WHERE r.incident_id = ?",
                                incident)
                        == 7);
    }

    @Test
    void aCorrectionReachesExactlyTheOriginalRecipientsOnTheChannelsThatReachedThem() {
        correct(incident, "commander", correction("fix-1"))
                .expectStatus()
                .isCreated()
                .expectBody()
                .jsonPath("$.recipients")
                .isEqualTo(2)
                .jsonPath("$.kind")
                .isEqualTo("CORRECTION");

        JsonNode sms = onlyRequest(bySms, "CORRECTION");
        assertThat(sms.get("channels").findValuesAsString("channel")).containsExactly("SMS");
        assertThat(sms.get("subject").asString()).isEqualTo("Correction: " + titleOf(incident));
        assertThat(sms.get("body").asString()).isEqualTo("The fire is in building B, not A.");
        assertThat(sms.get("replyOptions")).isNotEmpty();
        assertThat(sms.get("replyCode").asString()).isEqualTo(replyCodeOf(bySms));
        JsonNode email = onlyRequest(byEmail, "CORRECTION");
        assertThat(email.get("channels").findValuesAsString("channel")).containsExactly("EMAIL");
        assertThat(email.get("subject").asString())
                .as("the title they were alerted under, in their language")
                .isEqualTo("Rectificatif : " + titleOf(incident).replace("Fire ", "Incendie "));
        assertThat(email.get("body").asString()).isEqualTo("Le feu est dans le bâtiment B, pas A.");
        assertThat(requests(neverReached, "CORRECTION")).isEmpty();

        escalateNow(incident);
        await().atMost(WAIT).until(() -> notificationOf(nextLevel) != null);
        report("NotificationSent", nextLevel, "SMS");
        assertThat(requests(nextLevel, "CORRECTION")).isEmpty();
        assertThat(new Fixtures(db)
                        .count(
                                "SELECT count(*) FROM audit_log WHERE incident_id = ? AND action = 'ALERT_CORRECTED' AND actor = 'commander'",
                                incident))
                .isEqualTo(1);
    }

    @Test
    void someoneWhoseAlertHasNoReceiptYetGetsTheCorrectionOnTheChannelsNotFailed() {
        var fixtures = new Fixtures(db);
        String role = Fixtures.freshRole();
        TestPerson pending = fixtures.person(role, "+1555735" + digits(), true);
        TestPerson failed = fixtures.person(role, "+1555736" + digits(), true);
        incident = declare(callTree(level(role)));
        await().atMost(WAIT).until(() -> notificationOf(pending) != null && notificationOf(failed) != null);
        report("NotificationFailed", pending, "SMS");
        failedEverywhere(failed);
        await().atMost(WAIT)
                .until(() -> fixtures.count(
                                "SELECT count(*) FROM recipient_events e JOIN recipients r USING (notification_id) WHERE r.incident_id = ?",
                                incident)
                        == 4);

        correct(incident, "commander", correction("in-flight"))
                .expectStatus()
                .isCreated()
                .expectBody()
                .jsonPath("$.recipients")
                .isEqualTo(1);

        JsonNode next = onlyRequest(pending, "CORRECTION");
        assertThat(next.get("channels").findValuesAsString("channel"))
                .as("the channels the alert is still being tried on")
                .containsExactly("VOICE", "EMAIL");
        assertThat(requests(failed, "CORRECTION"))
                .as("every channel of theirs failed")
                .isEmpty();
    }

    @Test
    void aCorrectionBecomesTheIncidentsMessageAndTheOriginalStaysInItsChanges() {
        String original = db.sql("SELECT message FROM incidents WHERE id = ?")
                .param(incident)
                .query(String.class)
                .single();
        correct(incident, "commander", correction("fix-message")).expectStatus().isCreated();

        JsonNode view = read(http.get()
                .uri("/api/incidents/{id}", incident)
                .headers(h -> h.setBasicAuth("commander", PASSWORD))
                .exchange()
                .expectStatus()
                .isOk());
        assertThat(view.get("message").asString()).isEqualTo("The fire is in building B, not A.");
        JsonNode changes = read(http.get()
                .uri("/api/incidents/{id}/changes", incident)
                .headers(h -> h.setBasicAuth("commander", PASSWORD))
                .exchange()
                .expectStatus()
                .isOk());
        assertThat(changes.findValuesAsString("field")).containsExactly("MESSAGE");
        assertThat(changes.get(0).get("from").asString()).isEqualTo(original);
        assertThat(changes.get(0).get("to").asString()).isEqualTo("The fire is in building B, not A.");

        escalateNow(incident);
        await().atMost(WAIT).until(() -> notificationOf(nextLevel) != null);
        JsonNode later = json.readTree(deferred.render(List.of(notificationOf(nextLevel)))
                .values()
                .iterator()
                .next());
        assertThat(later.get("body").asString())
                .as("a level started after the correction is sent the corrected text")
                .isEqualTo("The fire is in building B, not A.");
    }

    @Test
    void theSameRequestKeyAnswersWithTheFirstCorrectionAndSendsNothingMore() {
        String id = read(correct(incident, "commander", correction("same-key"))
                        .expectStatus()
                        .isCreated())
                .get("id")
                .asString();

        var again = List.of(
                CompletableFuture.supplyAsync(() -> status(correct(incident, "commander", correction("same-key")))),
                CompletableFuture.supplyAsync(() -> status(correct(incident, "admin", correction("same-key")))));
        assertThat(again.stream().map(CompletableFuture::join)).containsOnly(200);
        assertThat(read(correct(incident, "commander", correction("same-key"))
                                .expectStatus()
                                .isOk())
                        .get("id")
                        .asString())
                .isEqualTo(id);

        assertThat(requests(bySms, "CORRECTION")).hasSize(1);
        assertThat(requests(byEmail, "CORRECTION")).hasSize(1);
        assertThat(new Fixtures(db).count("SELECT count(*) FROM corrections WHERE incident_id = ?", incident))
                .isEqualTo(1);
    }

    @Test
    void aCancellationAsksNothingAndStopsTheEscalation() {
        assertThat(pendingTimers(incident)).isPositive();

        correct(incident, "commander", Map.of("kind", "CANCELLATION", "requestKey", "cancel-1"))
                .expectStatus()
                .isCreated()
                .expectBody()
                .jsonPath("$.recipients")
                .isEqualTo(2);

        JsonNode sms = onlyRequest(bySms, "CANCELLATION");
        assertThat(sms.get("replyOptions")).isEmpty();
        assertThat(sms.get("subject").asString()).isEqualTo("Cancelled: " + titleOf(incident));
        assertThat(sms.get("body").asString()).isEqualTo("The earlier message is cancelled. Please disregard it.");
        assertThat(onlyRequest(byEmail, "CANCELLATION").get("subject").asString())
                .isEqualTo("Annulé : " + titleOf(incident).replace("Fire ", "Incendie "));
        assertThat(pendingTimers(incident)).isZero();
        escalate(incident).expectStatus().isEqualTo(409);
        assertThat(notificationOf(nextLevel)).isNull();
        assertThat(requests(neverReached, "CANCELLATION")).isEmpty();
    }

    @Test
    void theIncidentShowsHowLongAfterTheDeclarationTheLastCorrectionWasSent() {
        correct(incident, "commander", correction("timed")).expectStatus().isCreated();
        UUID notification = notificationOfPurpose(bySms, "CORRECTION");
        Instant sentAt = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        kafka.send(DELIVERIES, bySms.id().toString(), delivery("NotificationSent", notification, "SMS", sentAt))
                .join();

        await().atMost(WAIT).untilAsserted(() -> assertThat(read(http.get()
                                .uri("/api/incidents/{id}", incident)
                                .headers(h -> h.setBasicAuth("commander", PASSWORD))
                                .exchange()
                                .expectStatus()
                                .isOk())
                        .path("declaredToLastCorrection")
                        .isString())
                .isTrue());
        JsonNode view = read(http.get()
                .uri("/api/incidents/{id}/corrections", incident)
                .headers(h -> h.setBasicAuth("hr", PASSWORD))
                .exchange()
                .expectStatus()
                .isOk());
        Instant declaredAt = db.sql("SELECT declared_at FROM incidents WHERE id = ?")
                .param(incident)
                .query(java.sql.Timestamp.class)
                .single()
                .toInstant();
        assertThat(Duration.parse(view.get("declaredToLastSent").asString()))
                .isEqualTo(Duration.between(declaredAt, sentAt));
        assertThat(view.get("corrections").get(0).get("sent").asInt()).isEqualTo(1);
    }

    @Test
    void aPublishedStatementGetsACapUpdateForACorrectionAndACapCancelForACancellation() {
        var scenario = new StatementScenario(http, db, json, passwords);
        UUID first = scenario.publishedStatement(false, false, "Fire at the depot");
        UUID withStatement = incidentOfStatement(first);

        JsonNode update = read(correct(withStatement, "commander", correction("cap-update"))
                .expectStatus()
                .isCreated());
        String cap = capOf(withStatement, update.get("statementId").asString());
        assertThat(cap).contains("<msgType>Update</msgType>").contains("urn:uuid:" + first);
        assertThat(cap).contains("<language>fr</language>").contains("Le feu est dans le bâtiment B, pas A.");

        JsonNode cancel =
                read(correct(withStatement, "commander", Map.of("kind", "CANCELLATION", "requestKey", "cap-cancel"))
                        .expectStatus()
                        .isCreated());
        assertThat(capOf(withStatement, cancel.get("statementId").asString()))
                .contains("<msgType>Cancel</msgType>")
                .contains("urn:uuid:" + first)
                .contains("urn:uuid:" + update.get("statementId").asString());
    }

    @Test
    void anIncidentWithoutAPublicStatementGetsNoFollowUp() {
        JsonNode made = read(correct(incident, "commander", correction("no-statement"))
                .expectStatus()
                .isCreated());
        assertThat(made.has("statementId")).isFalse();
    }

    @Test
    void hostileAndWrongRequestsGetProblemsAndSendNothing() {
        problem(correct(incident, "commander", Map.of("kind", "CORRECTION", "requestKey", "k1")), 400, "validation");
        problem(correct(incident, "commander", Map.of("kind", "RETRACTION", "requestKey", "k2")), 400, null);
        problem(
                correct(incident, "commander", Map.of("kind", "CORRECTION", "messages", Map.of("en", "x"))),
                400,
                "validation");
        problem(
                correct(
                        incident,
                        "commander",
                        Map.of("kind", "CORRECTION", "requestKey", "k3", "messages", Map.of("<script>", "x"))),
                400,
                "validation");
        problem(
                correct(
                        incident,
                        "commander",
                        Map.of("kind", "CORRECTION", "requestKey", "k4", "messages", Map.of("en", "x".repeat(1001)))),
                400,
                "validation");
        problem(
                correct(
                        incident,
                        "commander",
                        Map.of("kind", "CORRECTION", "requestKey", "bad key;drop", "messages", Map.of("en", "x"))),
                400,
                "validation");
        problem(
                http.post()
                        .uri("/api/incidents/{id}/corrections", incident)
                        .headers(h -> h.setBasicAuth("commander", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue("{\"kind\": ")
                        .exchange(),
                400,
                null);
        problem(correct(UUID.randomUUID(), "commander", correction("k5")), 404, "incident-not-found");
        problem(
                http.post()
                        .uri("/api/incidents/not-a-uuid/corrections")
                        .headers(h -> h.setBasicAuth("commander", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(correction("k6"))
                        .exchange(),
                400,
                null);
        correct(incident, "hr", correction("k7")).expectStatus().isForbidden();
        correct(incident, "employee", correction("k8")).expectStatus().isForbidden();
        http.post()
                .uri("/api/incidents/{id}/corrections", incident)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(correction("k9"))
                .exchange()
                .expectStatus()
                .isUnauthorized();
        assertThat(requests(bySms, "CORRECTION")).isEmpty();
        assertThat(new Fixtures(db).count("SELECT count(*) FROM corrections WHERE incident_id = ?", incident))
                .isZero();
    }

    @Test
    void aClosedIncidentCannotBeCorrected() {
        http.post()
                .uri("/api/incidents/{id}/close", incident)
                .headers(h -> h.setBasicAuth("commander", PASSWORD))
                .exchange()
                .expectStatus()
                .isOk();
        problem(correct(incident, "commander", correction("after-close")), 409, "incident-closed");
    }

    private static Map<String, Object> correction(String key) {
        var messages = new java.util.LinkedHashMap<String, String>();
        messages.put("en", "The fire is in building B, not A.");
        messages.put("fr", "Le feu est dans le bâtiment B, pas A.");
        return Map.of("kind", "CORRECTION", "requestKey", key, "messages", messages);
    }

    private WebTestClient.ResponseSpec correct(UUID id, String user, Object body) {
        return http.post()
                .uri("/api/incidents/{id}/corrections", id)
                .headers(h -> h.setBasicAuth(user, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }

    private static int status(WebTestClient.ResponseSpec response) {
        return response.returnResult(String.class).getStatus().value();
    }

    private void problem(WebTestClient.ResponseSpec response, int status, String type) {
        JsonNode problem = read(response.expectStatus().isEqualTo(status));
        assertThat(problem.toString()).doesNotContain("Exception").doesNotContain("at io.");
        if (type != null) {
            assertThat(problem.get("type").asString()).isEqualTo("urn:muster:problem:" + type);
        }
    }

    private String capOf(UUID incidentId, String statementId) {
        return new String(
                http.get()
                        .uri("/api/incidents/{id}/statements/{s}/cap.xml", incidentId, statementId)
                        .headers(h -> h.setBasicAuth("commander", PASSWORD))
                        .exchange()
                        .expectStatus()
                        .isOk()
                        .expectBody()
                        .returnResult()
                        .getResponseBody(),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    private UUID incidentOfStatement(UUID statement) {
        return db.sql("SELECT incident_id FROM statements WHERE id = ?")
                .param(statement)
                .query(UUID.class)
                .single();
    }

    /** The requests queued for the person with this purpose, read from the outbox. */
    private List<JsonNode> requests(TestPerson person, String purpose) {
        return db
                .sql("SELECT payload FROM outbox WHERE record_key = ? ORDER BY id")
                .param(person.id().toString())
                .query(String.class)
                .list()
                .stream()
                .map(json::readTree)
                .filter(node -> purpose.equals(node.path("purpose").asString(""))
                        && node.path("incidentId").asString("").equals(incident.toString()))
                .toList();
    }

    private JsonNode onlyRequest(TestPerson person, String purpose) {
        List<JsonNode> found = requests(person, purpose);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private UUID notificationOfPurpose(TestPerson person, String purpose) {
        return db.sql(
                        "SELECT notification_id FROM notification_steps WHERE incident_id = ? AND person_id = ? AND purpose = ?")
                .params(incident, person.id(), purpose)
                .query(UUID.class)
                .single();
    }

    private UUID notificationOf(TestPerson person) {
        return db.sql("SELECT notification_id FROM recipients WHERE incident_id = ? AND person_id = ?")
                .params(incident, person.id())
                .query(UUID.class)
                .optional()
                .orElse(null);
    }

    private String replyCodeOf(TestPerson person) {
        return db.sql("SELECT reply_code FROM recipients WHERE incident_id = ? AND person_id = ?")
                .params(incident, person.id())
                .query(String.class)
                .single();
    }

    private String titleOf(UUID id) {
        return db.sql("SELECT title FROM incidents WHERE id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    private long pendingTimers(UUID id) {
        return new Fixtures(db)
                .count(
                        "SELECT count(*) FROM escalation_timers WHERE incident_id = ? AND fired_at IS NULL AND cancelled_at IS NULL",
                        id);
    }

    /** The alert failed on each channel of the person's (SMS, VOICE, EMAIL: the directory's default). */
    private void failedEverywhere(TestPerson person) {
        for (String channel : List.of("SMS", "VOICE", "EMAIL")) {
            report("NotificationFailed", person, channel);
        }
    }

    private void report(String type, TestPerson person, String channel) {
        kafka.send(DELIVERIES, person.id().toString(), delivery(type, notificationOf(person), channel, Instant.now()))
                .join();
    }

    private String delivery(String type, UUID notification, String channel, Instant at) {
        ObjectNode node = (ObjectNode) json.readTree(ContractSamples.json(type, 1));
        node.put("eventId", UUID.randomUUID().toString());
        node.put("incidentId", incident.toString());
        node.put("notificationId", notification.toString());
        node.put("channel", channel);
        node.put("occurredAt", at.toString());
        return node.toString();
    }

    private void escalateNow(UUID id) {
        escalate(id).expectStatus().isAccepted();
    }

    private WebTestClient.ResponseSpec escalate(UUID id) {
        return http.post()
                .uri("/api/incidents/{id}/escalations", id)
                .headers(h -> h.setBasicAuth("commander", PASSWORD))
                .exchange();
    }

    private static Map<String, Object> level(String role) {
        return Map.of("roles", List.of(role), "escalateAfter", "PT1H", "quorum", 3);
    }

    @SafeVarargs
    private UUID callTree(Map<String, Object>... levels) {
        return UUID.fromString(read(http.post()
                        .uri("/api/call-trees")
                        .headers(h -> h.setBasicAuth("admin", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(Map.of(
                                "name", "Tree " + UUID.randomUUID(), "stepTimeout", "PT1H", "levels", List.of(levels)))
                        .exchange()
                        .expectStatus()
                        .isCreated())
                .get("id")
                .asString());
    }

    /** An incident of the tree, titled in English and in French. */
    private UUID declare(UUID tree) {
        String fire = UUID.randomUUID().toString();
        var body = new HashMap<String, Object>(
                Map.of("title", "Fire " + fire, "message", "Leave building A.", "severity", "HIGH"));
        body.put("callTreeId", tree);
        body.put(
                "texts",
                List.of(Map.of("language", "fr", "title", "Incendie " + fire, "message", "Quittez le bâtiment A.")));
        return UUID.fromString(read(http.post()
                        .uri("/api/incidents")
                        .headers(h -> h.setBasicAuth("commander", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(body)
                        .exchange()
                        .expectStatus()
                        .isCreated())
                .get("id")
                .asString());
    }

    private JsonNode read(WebTestClient.ResponseSpec response) {
        return json.readTree(response.expectBody().returnResult().getResponseBody());
    }

    private static String digits() {
        return String.valueOf(1000 + (int) (Math.random() * 8999));
    }
}
