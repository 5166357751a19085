package io.muster.incident.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import io.muster.contracts.ContractSamples;
import io.muster.incident.Fixtures;
import io.muster.incident.Fixtures.TestPerson;
import io.muster.incident.IncidentServiceIntegrationTest;
import io.muster.testkit.TestServers;
import io.muster.testkit.TopicProbe;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
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

@IncidentServiceIntegrationTest
class ExerciseIntegrationTests {

    private static final String PASSWORD = IncidentServiceIntegrationTest.PASSWORD;

    @Autowired
    WebTestClient http;

    @Autowired
    JdbcClient db;

    @Autowired
    JsonMapper json;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    DrillRunner runner;

    /** A busy build machine can take longer than the client's default 5 s for a cold first request. */
    @BeforeEach
    void patientClient() {
        http = http.mutate().responseTimeout(java.time.Duration.ofSeconds(30)).build();
    }

    @Test
    void aScheduledDrillDeclaresAnExerciseWhoseAfterActionReportMeasuresTheResponse() {
        try (TopicProbe requests =
                TopicProbe.on(TestServers.shared().kafkaBootstrapServers(), "muster.notification-request.v1")) {
            drillToAfterActionReport(requests);
        }
    }

    private void drillToAfterActionReport(TopicProbe requests) {
        String staff = Fixtures.freshRole();
        String managers = Fixtures.freshRole();
        Fixtures fixtures = new Fixtures(db);
        List<TestPerson> level0 = fixtures.peopleInRole(staff, 3);
        TestPerson level1 = fixtures.peopleInRole(managers, 1).getFirst();
        UUID tree = callTree(managers);
        Instant firstAt = Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MILLIS);
        var body = drill("Quarterly fire drill " + UUID.randomUUID(), firstAt, "P7D");
        body.put("notify", Map.of("roles", List.of(staff)));
        body.put("callTreeId", tree);

        UUID drill = schedule(body);
        UUID incident = awaitRun(drill).incidentId;
        JsonNode scheduled = get("/api/drills/" + drill, "commander");
        assertThat(Instant.parse(scheduled.get("nextAt").asString())).isEqualTo(firstAt.plus(Duration.ofDays(7)));
        assertThat(get("/api/incidents/" + incident, "commander")
                        .get("exercise")
                        .asBoolean())
                .isTrue();
        for (TestPerson person : level0) {
            JsonNode request = json.readTree(requests.awaitRecord(
                            r -> r.value().contains(incident.toString())
                                    && r.value().contains(person.id().toString()),
                            Duration.ofSeconds(30))
                    .value());
            assertThat(request.get("exercise").asBoolean())
                    .as("every message of the exercise says so")
                    .isTrue();
        }

        Instant declared = Instant.parse(
                get("/api/incidents/" + incident, "commander").get("declaredAt").asString());
        UUID p1 = notificationOf(incident, level0.get(0));
        UUID p2 = notificationOf(incident, level0.get(1));
        UUID p3 = notificationOf(incident, level0.get(2));
        UUID p4 = notificationOf(incident, level1);
        publish("muster.delivery.v1", event("NotificationSent", incident, p1, "SMS", declared.plusSeconds(1)));
        publish("muster.delivery.v1", event("NotificationDelivered", incident, p1, "SMS", declared.plusSeconds(10)));
        publish("muster.reply.v1", reply(incident, p1, "SMS", "SAFE", declared.plusSeconds(30)));
        publish("muster.delivery.v1", event("NotificationDelivered", incident, p2, "VOICE", declared.plusSeconds(20)));
        publish("muster.reply.v1", reply(incident, p2, "VOICE", "NEEDS_HELP", declared.plusSeconds(60)));
        publish("muster.delivery.v1", event("NotificationFailed", incident, p3, "SMS", declared.plusSeconds(5)));
        ObjectNode transient_ = event("NotificationFailed", incident, p3, "EMAIL", declared.plusSeconds(6));
        transient_.put("permanent", false);
        publish("muster.delivery.v1", transient_);
        publish("muster.delivery.v1", event("NotificationDelivered", incident, p4, "SMS", declared.plusSeconds(40)));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> fixtures.count(
                                "SELECT count(*) FROM recipient_events e JOIN notifications n USING (notification_id) WHERE n.incident_id = ?",
                                incident)
                        == 8);
        String type = withOneHourRto(incident);
        close(incident);

        JsonNode report = get("/api/incidents/" + incident + "/after-action", "hr");
        assertThat(report.get("exercise").asBoolean()).isTrue();
        assertThat(report.get("incidentType").asString()).isEqualTo(type);
        assertThat(report.get("targeted").asInt()).isEqualTo(4);
        assertThat(report.get("reached").asInt()).isEqualTo(3);
        assertThat(report.get("answered").asInt()).isEqualTo(2);
        assertThat(report.get("timeToReach").get("50").asDouble()).isEqualTo(20.0);
        assertThat(report.get("timeToReach").get("90").isNull()).isTrue();
        assertThat(report.get("timeToReach").get("100").isNull()).isTrue();
        assertThat(report.get("timeToAnswer").get("50").asDouble()).isEqualTo(60.0);
        assertThat(report.get("timeToAnswer").get("90").isNull()).isTrue();
        assertThat(channel(report, "SMS")).isEqualTo("SMS 3 2 1 1 0.333");
        assertThat(channel(report, "VOICE")).isEqualTo("VOICE 1 1 0 1 1.000");
        assertThat(channel(report, "EMAIL")).isEqualTo("EMAIL 1 0 1 0 0.000");
        assertThat(report.get("unreachable").findValuesAsString("employeeId"))
                .containsExactly(level0.get(2).employeeId());
        assertThat(report.get("invalidContacts")).hasSize(1);
        assertThat(report.get("invalidContacts").get(0).get("channel").asString())
                .isEqualTo("SMS");
        assertThat(report.get("invalidContacts").get(0).get("reason").asString())
                .isEqualTo("undelivered (30003: unreachable destination handset)");
        JsonNode levels = report.get("levels");
        assertThat(levels.findValuesAsString("level")).containsExactly("0", "1");
        assertThat(levels.get(0).get("people").asInt()).isEqualTo(3);
        assertThat(levels.get(0).get("answered").asInt()).isEqualTo(2);
        assertThat(levels.get(0).get("startedAfterSeconds").asDouble()
                        + levels.get(0).get("firstAnswerAfterSeconds").asDouble())
                .isCloseTo(30.0, within(0.001));
        assertThat(levels.get(1).get("people").asInt()).isEqualTo(1);
        assertThat(levels.get(1).get("answered").asInt()).isZero();
        assertThat(report.get("rto").get("rtoSeconds").asDouble()).isEqualTo(3600.0);
        assertThat(report.get("rto").get("met").asBoolean()).isTrue();
    }

    @Test
    void aDrillThatWasDueWhileNobodyRanItRunsOnceAndSkipsTheMissedOccurrences() {
        TestPerson person =
                new Fixtures(db).peopleInRole(Fixtures.freshRole(), 1).getFirst();
        Instant firstAt = Instant.now().minus(Duration.ofMinutes(150)).truncatedTo(ChronoUnit.MILLIS);
        var body = drill("Hourly drill " + UUID.randomUUID(), firstAt, "PT1H");
        body.put("notify", Map.of("employeeIds", List.of(person.employeeId())));

        UUID drill = schedule(body);
        awaitRun(drill);

        JsonNode after = get("/api/drills/" + drill, "admin");
        assertThat(after.get("runs")).hasSize(1);
        assertThat(Instant.parse(after.get("runs").get(0).get("scheduledAt").asString()))
                .isEqualTo(firstAt);
        assertThat(Instant.parse(after.get("nextAt").asString())).isEqualTo(firstAt.plus(Duration.ofHours(3)));
    }

    @Test
    void runnersOnSeveralInstancesDeclareEachOccurrenceOnce() {
        TestPerson person =
                new Fixtures(db).peopleInRole(Fixtures.freshRole(), 1).getFirst();
        String title = "Once " + UUID.randomUUID();
        var body = drill(title, Instant.now(), null);
        body.put("notify", Map.of("employeeIds", List.of(person.employeeId())));

        UUID drill = schedule(body);
        var first = CompletableFuture.runAsync(() -> runner.runDue(Instant.now()));
        var second = CompletableFuture.runAsync(() -> runner.runDue(Instant.now()));
        CompletableFuture.allOf(first, second).join();
        awaitRun(drill);

        assertThat(get("/api/drills/" + drill, "commander").get("nextAt").isNull())
                .isTrue();
        assertThat(new Fixtures(db).count("SELECT count(*) FROM incidents WHERE title = ?", title))
                .isEqualTo(1);
        assertThat(new Fixtures(db).count("SELECT count(*) FROM drill_runs WHERE drill_id = ?", drill))
                .isEqualTo(1);
    }

    @Test
    void anOccurrenceTheDataNoLongerAllowsIsRecordedAsFailedAndTheDrillMovesOn() {
        String role = Fixtures.freshRole();
        new Fixtures(db).peopleInRole(role, 1);
        UUID tree = callTree(role);
        Instant firstAt = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MILLIS);
        var body = drill("Tree drill " + UUID.randomUUID(), firstAt, "P1D");
        body.put("callTreeId", tree);
        UUID drill = schedule(body);
        http.delete()
                .uri("/api/call-trees/" + tree)
                .headers(h -> h.setBasicAuth("admin", PASSWORD))
                .exchange()
                .expectStatus()
                .is2xxSuccessful();
        Instant due = Instant.now().minusSeconds(1).truncatedTo(ChronoUnit.MILLIS);
        db.sql("UPDATE drills SET next_at = ? WHERE id = ?")
                .params(java.sql.Timestamp.from(due), drill)
                .update();

        Run run = awaitRun(drill);

        assertThat(run.incidentId).isNull();
        assertThat(run.error).startsWith("unknown-call-tree");
        JsonNode after = get("/api/drills/" + drill, "commander");
        assertThat(Instant.parse(after.get("nextAt").asString())).isEqualTo(due.plus(Duration.ofDays(1)));
        JsonNode audit = get("/api/audit?action=DRILL_FAILED&limit=1000", "admin");
        assertThat(audit.findValuesAsString("subject")).contains(drill.toString());
    }

    @Test
    void aDrillWithAnInvalidRecurrenceOrDeclarationIsRejectedAndNothingIsStored() {
        for (var invalid : List.of(
                Map.entry("recurrence", "weekly"),
                Map.entry("recurrence", "PT1M"),
                Map.entry("severity", "APOCALYPTIC"),
                Map.entry("title", ""))) {
            var body = drill("Bad " + UUID.randomUUID(), Instant.now().plus(Duration.ofDays(1)), "P7D");
            body.put(invalid.getKey(), invalid.getValue());
            http.post()
                    .uri("/api/drills")
                    .headers(h -> h.setBasicAuth("commander", PASSWORD))
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(body)
                    .exchange()
                    .expectStatus()
                    .isBadRequest()
                    .expectBody()
                    .jsonPath("$.type")
                    .isEqualTo("urn:muster:problem:validation");
            assertThat(new Fixtures(db).count("SELECT count(*) FROM drills WHERE title = ?", body.get("title")))
                    .isZero();
        }
    }

    @Test
    void aCancelledDrillIsGoneAndItsSchedulingAndCancellingAreAudited() {
        var body = drill("Cancelled " + UUID.randomUUID(), Instant.now().plus(Duration.ofDays(3)), null);
        body.put("notify", Map.of("employeeIds", List.of("E001")));
        UUID drill = schedule(body);
        http.delete()
                .uri("/api/drills/" + drill)
                .headers(h -> h.setBasicAuth("admin", PASSWORD))
                .exchange()
                .expectStatus()
                .isNoContent();
        http.get()
                .uri("/api/drills/" + drill)
                .headers(h -> h.setBasicAuth("commander", PASSWORD))
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:drill-not-found");
        JsonNode audit = get("/api/audit?limit=1000", "admin");
        List<String> actions = audit.findValues("subject").stream()
                .map(JsonNode::asString)
                .filter(drill.toString()::equals)
                .toList();
        assertThat(actions).hasSize(2);
        assertThat(get("/api/audit?actor=admin&action=DRILL_CANCELLED&limit=1000", "admin")
                        .findValuesAsString("subject"))
                .contains(drill.toString());
    }

    @Test
    void theAfterActionReportWaitsForTheIncidentToClose() {
        String created = new String(http.post()
                .uri("/api/incidents")
                .headers(h -> h.setBasicAuth("commander", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of(
                        "title",
                        "open",
                        "message",
                        "m",
                        "severity",
                        "LOW",
                        "notify",
                        Map.of("employeeIds", List.of("E010"))))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody()
                .returnResult()
                .getResponseBody());
        String id = json.readTree(created).get("id").asString();
        http.get()
                .uri("/api/incidents/" + id + "/after-action")
                .headers(h -> h.setBasicAuth("admin", PASSWORD))
                .exchange()
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:incident-not-closed");
        http.get()
                .uri("/api/incidents/" + UUID.randomUUID() + "/after-action")
                .headers(h -> h.setBasicAuth("admin", PASSWORD))
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    private record Run(@Nullable UUID incidentId, @Nullable String error) {}

    private Run awaitRun(UUID drill) {
        return await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> {
                            JsonNode runs =
                                    get("/api/drills/" + drill, "commander").get("runs");
                            if (runs.isEmpty()) {
                                return null;
                            }
                            JsonNode run = runs.get(0);
                            return new Run(
                                    run.get("incidentId").isNull()
                                            ? null
                                            : UUID.fromString(
                                                    run.get("incidentId").asString()),
                                    run.get("error").isNull()
                                            ? null
                                            : run.get("error").asString());
                        },
                        run -> run != null);
    }

    private static Map<String, Object> drill(String title, Instant firstAt, @Nullable String recurrence) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("message", "This is a drill. Leave by the nearest exit.");
        body.put("severity", "HIGH");
        body.put("firstAt", firstAt.toString());
        if (recurrence != null) {
            body.put("recurrence", recurrence);
        }
        return body;
    }

    private UUID schedule(Map<String, Object> body) {
        JsonNode created = json.readTree(http.post()
                .uri("/api/drills")
                .headers(h -> h.setBasicAuth("commander", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody()
                .returnResult()
                .getResponseBody());
        return UUID.fromString(created.get("id").asString());
    }

    private UUID callTree(String role) {
        JsonNode created = json.readTree(http.post()
                .uri("/api/call-trees")
                .headers(h -> h.setBasicAuth("commander", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of(
                        "name",
                        "Drill tree " + UUID.randomUUID(),
                        "stepTimeout",
                        "PT1H",
                        "levels",
                        List.of(Map.of("roles", List.of(role), "escalateAfter", "PT1H"))))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody()
                .returnResult()
                .getResponseBody());
        return UUID.fromString(created.get("id").asString());
    }

    private JsonNode get(String uri, String login) {
        return json.readTree(http.get()
                .uri(uri)
                .headers(h -> h.setBasicAuth(login, PASSWORD))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .returnResult()
                .getResponseBody());
    }

    private void close(UUID incident) {
        http.post()
                .uri("/api/incidents/" + incident + "/close")
                .headers(h -> h.setBasicAuth("commander", PASSWORD))
                .exchange()
                .expectStatus()
                .isOk();
    }

    /** Gives the incident a type of its own with a one-hour recovery time objective. */
    private String withOneHourRto(UUID incident) {
        String code = "DRILL_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        db.sql("INSERT INTO incident_types (code, name, rto) VALUES (?, 'Drill type', interval '1 hour')")
                .param(code)
                .update();
        db.sql("UPDATE incidents SET incident_type = ? WHERE id = ?")
                .params(code, incident)
                .update();
        return code;
    }

    private UUID notificationOf(UUID incident, TestPerson person) {
        return db.sql("SELECT notification_id FROM recipients WHERE incident_id = ? AND person_id = ?")
                .params(incident, person.id())
                .query(UUID.class)
                .optional()
                .orElse(null);
    }

    private ObjectNode event(String type, UUID incident, UUID notification, String channel, Instant at) {
        ObjectNode node = (ObjectNode) json.readTree(ContractSamples.json(type, 1));
        node.put("eventId", UUID.randomUUID().toString());
        node.put("incidentId", incident.toString());
        node.put("notificationId", notification.toString());
        node.put("channel", channel);
        node.put("exercise", true);
        node.put("occurredAt", at.toString());
        return node;
    }

    private ObjectNode reply(UUID incident, UUID notification, String channel, String answer, Instant at) {
        ObjectNode node = event("ReplyReceived", incident, notification, channel, at);
        node.put("answer", answer);
        return node;
    }

    private void publish(String topic, ObjectNode value) {
        kafka.send(topic, value.get("incidentId").asString(), value.toString()).join();
    }

    private static String channel(JsonNode report, String name) {
        for (JsonNode c : report.get("channels")) {
            if (c.get("channel").asString().equals(name)) {
                return String.format(
                        java.util.Locale.ROOT,
                        "%s %d %d %d %d %.3f",
                        name,
                        c.get("attempted").asInt(),
                        c.get("delivered").asInt(),
                        c.get("failed").asInt(),
                        c.get("answered").asInt(),
                        c.get("answerRate").asDouble());
            }
        }
        return "no " + name;
    }
}
