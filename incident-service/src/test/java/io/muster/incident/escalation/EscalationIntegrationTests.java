package io.muster.incident.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.muster.incident.Fixtures;
import io.muster.incident.Fixtures.TestPerson;
import io.muster.incident.IncidentServiceIntegrationTest;
import io.muster.testkit.TestServers;
import io.muster.testkit.TopicProbe;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IncidentServiceIntegrationTest
class EscalationIntegrationTests {

    private static final Duration WAIT = Duration.ofSeconds(25);
    private static final String NORMAL = "muster.notification-request.v1";
    private static final String PRIORITY = "muster.notification-request.priority.v1";
    private static TopicProbe probe;

    @Autowired
    WebTestClient http;

    @Autowired
    JdbcClient db;

    @Autowired
    JsonMapper json;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EscalationEngine engine;

    @Autowired
    OverdueTimersAuditor auditor;

    @Autowired
    EscalateNow escalateNow;

    @BeforeEach
    void patientClient() {
        http = http.mutate().responseTimeout(WAIT).build(); // a loaded build box
    }

    @BeforeAll
    static void probeTopics() {
        probe = TopicProbe.on(TestServers.shared().kafkaBootstrapServers(), NORMAL, PRIORITY);
    }

    @AfterAll
    static void closeProbe() {
        probe.close();
    }

    @Test
    void aThreeLevelTreeWithADeputyEscalatesOnTimeWhenNobodyAnswers() {
        var fixtures = new Fixtures(db);
        String first = Fixtures.freshRole(), second = Fixtures.freshRole(), third = Fixtures.freshRole();
        TestPerson member = fixtures.person(first, "+15557100001", false);
        TestPerson deputy = fixtures.person(Fixtures.freshRole(), "+15557100002", false);
        fixtures.set(member, "deputy_id", deputy.id());
        TestPerson manager = fixtures.person(second, "+15557100003", false);
        TestPerson director = fixtures.person(third, "+15557100004", false);
        UUID tree = callTree(Duration.ofSeconds(1), level(first, 3), level(second, 3), level(third, 3));

        UUID incident = declare(Map.of("callTreeId", tree));
        Instant declared = Instant.now();

        // member: SMS+VOICE at 0 s, VOICE at 1 s, reminder at 2 s, deputy at 3 s; levels at 0, 3 and 6 s.
        assertThat(requestFor(NORMAL, incident, member.id(), 0).get("channels")).hasSize(2);
        assertThat(requestFor(NORMAL, incident, member.id(), 1)
                        .get("channels")
                        .get(0)
                        .get("channel")
                        .asString())
                .isEqualTo("VOICE");
        assertThat(requestFor(NORMAL, incident, member.id(), 2).get("purpose").asString())
                .isEqualTo("REMINDER");
        // Every later step is a reminder of the one question, answerable one reply window from when it went out.
        JsonNode step0 = requestFor(NORMAL, incident, member.id(), 0);
        JsonNode step1 = requestFor(NORMAL, incident, member.id(), 1);
        assertThat(step0.get("purpose").asString()).isEqualTo("ALERT");
        assertThat(step1.get("purpose").asString()).isEqualTo("REMINDER");
        assertThat(step1.get("replyCode").asString())
                .isEqualTo(step0.get("replyCode").asString());
        for (JsonNode step : List.of(step0, step1)) {
            assertThat(Duration.between(
                            Instant.parse(step.get("occurredAt").asString()),
                            Instant.parse(step.get("expiresAt").asString())))
                    .isEqualTo(Duration.ofHours(24));
        }
        assertThat(Instant.parse(step1.get("expiresAt").asString()))
                .isAfter(Instant.parse(step0.get("expiresAt").asString()));
        JsonNode toDeputy = requestFor(NORMAL, incident, deputy.id(), 0);
        JsonNode level2 = requestFor(NORMAL, incident, manager.id(), 0);
        JsonNode level3 = requestFor(NORMAL, incident, director.id(), 0);
        assertThat(toDeputy.get("level").asInt()).isEqualTo(1);
        assertThat(level2.get("level").asInt()).isEqualTo(2);
        assertThat(Duration.between(
                        declared, Instant.parse(level2.get("occurredAt").asString())))
                .isBetween(Duration.ofMillis(2500), Duration.ofSeconds(6));
        assertThat(Duration.between(
                        declared, Instant.parse(level3.get("occurredAt").asString())))
                .isBetween(Duration.ofMillis(5500), Duration.ofSeconds(10));
    }

    @Test
    void anAnswerStopsThatPersonsEscalationAndTheNextLevelAtOnce() {
        var fixtures = new Fixtures(db);
        String first = Fixtures.freshRole(), second = Fixtures.freshRole();
        TestPerson member = fixtures.person(first, "+15557100011", true);
        TestPerson next = fixtures.person(second, "+15557100012", true);
        UUID tree = callTree(Duration.ofSeconds(2), level(first, 3), level(second, 3));
        UUID incident = declare(Map.of("callTreeId", tree));
        JsonNode alert = requestFor(NORMAL, incident, member.id(), 0);

        kafka.send(
                "muster.reply.v1",
                incident.toString(),
                reply(incident, alert.get("notificationId").asString()));

        await().atMost(WAIT).until(() -> pendingTimers(incident) == 0);
        assertThat(probe.recordsWithin(
                        r -> r.value().contains(incident.toString())
                                && (r.key().equals(next.id().toString())
                                        || r.value().contains("\"step\":1")),
                        Duration.ofSeconds(4)))
                .isEmpty();
    }

    @Test
    void aLevelWithAQuorumOfTwoKeepsItsNextLevelAfterOneAnswerAndStopsItAfterTheSecond() {
        var fixtures = new Fixtures(db);
        String first = Fixtures.freshRole(), second = Fixtures.freshRole();
        TestPerson one = fixtures.person(first, "+15557100041", true);
        TestPerson two = fixtures.person(first, "+15557100042", true);
        fixtures.person(second, "+15557100043", true);
        Map<String, Object> firstLevel = new java.util.HashMap<>(level(first, 600));
        firstLevel.put("quorum", 2);
        UUID incident = declare(Map.of("callTreeId", callTree(Duration.ofMinutes(1), firstLevel, level(second, 600))));
        JsonNode toOne = requestFor(NORMAL, incident, one.id(), 0);
        JsonNode toTwo = requestFor(NORMAL, incident, two.id(), 0);

        kafka.send(
                "muster.reply.v1",
                incident.toString(),
                reply(incident, toOne.get("notificationId").asString()));
        await().atMost(WAIT).until(() -> answered(incident) == 1);
        await().during(Duration.ofSeconds(2)).atMost(WAIT).until(() -> pendingLevelTimers(incident) == 1);

        kafka.send(
                "muster.reply.v1",
                incident.toString(),
                reply(incident, toTwo.get("notificationId").asString()));
        await().atMost(WAIT).until(() -> pendingTimers(incident) == 0);
    }

    @Test
    void aReplyIsNotRecordedWhileItsEscalationStopCannotBeWrittenAndBothLandTogetherOnceItCan() {
        var fixtures = new Fixtures(db);
        String first = Fixtures.freshRole(), second = Fixtures.freshRole();
        TestPerson member = fixtures.person(first, "+15557100051", true);
        fixtures.person(second, "+15557100052", true);
        UUID incident =
                declare(Map.of("callTreeId", callTree(Duration.ofMinutes(1), level(first, 600), level(second, 600))));
        JsonNode alert = requestFor(NORMAL, incident, member.id(), 0);
        long timers = pendingTimers(incident);
        assertThat(timers).isPositive();
        String reply = reply(incident, alert.get("notificationId").asString());
        String eventId = json.readTree(reply).get("eventId").asString();

        try (TopicProbe deadLetters =
                        TopicProbe.on(TestServers.shared().kafkaBootstrapServers(), "muster.reply.v1.DLT");
                StopsRefused refused = new StopsRefused(incident)) {
            kafka.send("muster.reply.v1", incident.toString(), reply);
            await().atMost(WAIT).until(() -> refused.times() >= 3);
            // Retried as an outage, and all the while neither half is durable without the other.
            assertThat(answered(incident)).isZero();
            assertThat(pendingTimers(incident)).isEqualTo(timers);

            refused.close();
            await().atMost(WAIT).until(() -> answered(incident) == 1 && pendingTimers(incident) == 0);
            assertThat(deadLetters.recordsWithin(r -> r.value().contains(eventId), Duration.ofSeconds(2)))
                    .isEmpty();
        }
    }

    @Test
    void anOnBehalfUpdateWhoseEscalationStopCannotBeWrittenIsAnswered503AndLeavesNoAnswer() {
        var fixtures = new Fixtures(db);
        String first = Fixtures.freshRole(), second = Fixtures.freshRole();
        TestPerson member = fixtures.person(first, "+15557100053", true);
        fixtures.person(second, "+15557100054", true);
        UUID incident =
                declare(Map.of("callTreeId", callTree(Duration.ofMinutes(1), level(first, 600), level(second, 600))));
        requestFor(NORMAL, incident, member.id(), 0);
        long timers = pendingTimers(incident);

        try (StopsRefused refused = new StopsRefused(incident)) {
            setOnBehalf(incident, member).expectStatus().isEqualTo(503);
            assertThat(refused.times()).isPositive();
            assertThat(answered(incident)).isZero();
            assertThat(count("SELECT count(*) FROM accountability_answers WHERE incident_id = ?", incident))
                    .isZero();
            assertThat(pendingTimers(incident)).isEqualTo(timers);
        }
        setOnBehalf(incident, member).expectStatus().isOk();
        assertThat(answered(incident)).isEqualTo(1);
        assertThat(pendingTimers(incident)).isZero();
    }

    private WebTestClient.ResponseSpec setOnBehalf(UUID incident, TestPerson person) {
        return http.post()
                .uri("/api/incidents/{id}/accountability/{person}", incident, person.id())
                .headers(h -> h.setBasicAuth("commander", IncidentServiceIntegrationTest.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("state", "SAFE", "comment", "Seen at the assembly point."))
                .exchange();
    }

    /**
     * While open, PostgreSQL refuses to stop any escalation timer of the incident, as a lock it
     * cannot get would (55P03: an outage, waited out), and counts each refusal in a sequence
     * (sequences are not rolled back with the transaction that refused).
     */
    private final class StopsRefused implements AutoCloseable {

        private final String name;
        private boolean open = true;

        StopsRefused(UUID incident) {
            name = "incident.refuse_stops_" + incident.toString().replace("-", "");
            jdbc.sql("CREATE SEQUENCE " + name).update();
            jdbc.sql(
                            """
                            CREATE FUNCTION %1$s() RETURNS trigger LANGUAGE plpgsql AS $$
                            BEGIN
                                PERFORM nextval('%1$s');
                                RAISE EXCEPTION 'escalation stop refused (test)' USING ERRCODE = 'lock_not_available';
                            END $$
                            """
                                    .formatted(name))
                    .update();
            jdbc.sql(
                            """
                            CREATE TRIGGER %s BEFORE UPDATE OF cancelled_at ON incident.escalation_timers FOR EACH ROW
                            WHEN (NEW.incident_id = '%s' AND OLD.cancelled_at IS NULL AND NEW.cancelled_at IS NOT NULL)
                            EXECUTE FUNCTION %s()
                            """
                                    .formatted(name.substring("incident.".length()), incident, name))
                    .update();
        }

        long times() {
            return jdbc.sql("SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM " + name)
                    .query(Long.class)
                    .single();
        }

        @Override
        public void close() {
            if (open) {
                open = false;
                jdbc.sql("DROP TRIGGER %s ON incident.escalation_timers"
                                .formatted(name.substring("incident.".length())))
                        .update();
                jdbc.sql("DROP FUNCTION " + name + "()").update();
                jdbc.sql("DROP SEQUENCE " + name).update();
            }
        }
    }

    private long answered(UUID incident) {
        return count("SELECT count(*) FROM recipients WHERE incident_id = ? AND state <> 'NO_RESPONSE'", incident);
    }

    private long pendingLevelTimers(UUID incident) {
        return count(
                "SELECT count(*) FROM escalation_timers WHERE incident_id = ? AND kind = 'LEVEL'"
                        + " AND fired_at IS NULL AND cancelled_at IS NULL",
                incident);
    }

    @Test
    void theNextLevelCanBeMadeDueNowAndThenStartsOnce() {
        var fixtures = new Fixtures(db);
        String first = Fixtures.freshRole(), second = Fixtures.freshRole();
        TestPerson member = fixtures.person(first, "+15557100031", true);
        TestPerson manager = fixtures.person(second, "+15557100032", true);
        UUID incident =
                declare(Map.of("callTreeId", callTree(Duration.ofMinutes(1), level(first, 600), level(second, 600))));
        requestFor(NORMAL, incident, member.id(), 0);

        assertThat(escalateNow.escalate(incident, "commander").block().level()).isEqualTo(2);

        assertThat(requestFor(NORMAL, incident, manager.id(), 0).get("level").asInt())
                .isEqualTo(2);
        assertThatThrownBy(() -> escalateNow.escalate(incident, "commander").block())
                .isInstanceOf(EscalateNow.NothingToEscalate.class);
    }

    @Test
    void twoEnginesTickingAtOnceFireEveryTimerExactlyOnceAndALockedTimerWaitsForItsHolder() throws Exception {
        String role = Fixtures.freshRole();
        new Fixtures(db).peopleInRole(role, 30);
        UUID incident = declare(Map.of("callTreeId", callTree(Duration.ofSeconds(1), level(role, 60))));
        Runnable engineInstance = () -> {
            long end = System.nanoTime() + Duration.ofSeconds(3).toNanos();
            while (System.nanoTime() < end) {
                engine.tick();
            }
        };
        CompletableFuture.allOf(CompletableFuture.runAsync(engineInstance), CompletableFuture.runAsync(engineInstance))
                .get();

        assertThat(count(
                        "SELECT count(*) FROM (SELECT person_id, step FROM notification_steps WHERE incident_id = ? "
                                + "GROUP BY person_id, step HAVING count(*) > 1) d",
                        incident))
                .isZero();
        assertThat(count(
                        "SELECT count(DISTINCT person_id) FROM notification_steps WHERE incident_id = ? AND step = 1",
                        incident))
                .isEqualTo(30);
    }

    @Test
    void quietHoursHoldForInformationalIncidentsButNotForLifeSafety() {
        var fixtures = new Fixtures(db);
        String role = Fixtures.freshRole();
        TestPerson sleeper = fixtures.person(role, "+15557100021", false);
        LocalTime now = LocalTime.now(ZoneOffset.UTC);
        fixtures.set(sleeper, "quiet_from", now.minusHours(1));
        fixtures.set(sleeper, "quiet_until", now.plusHours(1));

        UUID informational = declare(Map.of("notify", Map.of("roles", List.of(role))));
        UUID lifeSafety = declare(Map.of("notify", Map.of("roles", List.of(role)), "priority", "LIFE_SAFETY"));

        requestFor(PRIORITY, lifeSafety, sleeper.id(), 0);
        assertThat(probe.recordsWithin(r -> r.value().contains(informational.toString()), Duration.ofSeconds(1)))
                .isEmpty();
        assertThat(count(
                        "SELECT count(*) FROM escalation_timers WHERE incident_id = ? AND step = 0 "
                                + "AND due_at > now() + interval '50 minutes' AND fired_at IS NULL",
                        informational))
                .isEqualTo(1);
        // Why the sleeper got nothing yet: their channel history says held, and until when.
        JsonNode history = json.readTree(http.get()
                        .uri("/api/incidents/{id}", informational)
                        .headers(h -> h.setBasicAuth("commander", IncidentServiceIntegrationTest.PASSWORD))
                        .exchange()
                        .expectStatus()
                        .isOk()
                        .expectBody(String.class)
                        .returnResult()
                        .getResponseBody())
                .get("recipients")
                .get(0)
                .get("channels");
        assertThat(history).hasSize(1);
        assertThat(history.get(0).get("status").asString()).isEqualTo("HELD");
        assertThat(history.get(0).has("channel")).isFalse();
        assertThat(Instant.parse(history.get(0).get("until").asString()))
                .isBetween(
                        Instant.now().plus(Duration.ofMinutes(50)),
                        Instant.now().plus(Duration.ofMinutes(61)));
    }

    @Test
    void closingSendsTheAllClearToEveryoneNotifiedAndStopsEveryPendingEscalation() {
        String role = Fixtures.freshRole();
        List<TestPerson> team = new Fixtures(db).peopleInRole(role, 2);
        UUID incident = declare(Map.of("notify", Map.of("roles", List.of(role))));
        team.forEach(p -> requestFor(NORMAL, incident, p.id(), 0));

        http.post()
                .uri("/api/incidents/{id}/close", incident)
                .headers(h -> h.setBasicAuth("commander", IncidentServiceIntegrationTest.PASSWORD))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.allClearTo")
                .isEqualTo(2);

        for (TestPerson person : team) {
            JsonNode allClear = json.readTree(probe.awaitRecord(
                            r -> r.key().equals(person.id().toString())
                                    && r.value().contains(incident.toString())
                                    && r.value().contains("\"purpose\":\"ALL_CLEAR\""),
                            WAIT)
                    .value());
            assertThat(allClear.get("replyOptions")).isEmpty();
            // The bare title, once: the notifier words "All clear" in the person's language.
            assertThat(allClear.get("subject").asString()).isEqualTo(titleOf(incident));
            assertThat(allClear.get("body").asString()).isEmpty();
            assertThat(allClear.has("alternateSite")).isFalse();
        }
        assertThat(pendingTimers(incident)).isZero();
        http.post()
                .uri("/api/incidents/{id}/close", incident)
                .headers(h -> h.setBasicAuth("commander", IncidentServiceIntegrationTest.PASSWORD))
                .exchange()
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:incident-closed");
    }

    @Test
    void theCommandersClosingNoteIsTheAllClearsBody() {
        String role = Fixtures.freshRole();
        TestPerson person = new Fixtures(db).peopleInRole(role, 1).getFirst();
        UUID incident = declare(Map.of("notify", Map.of("roles", List.of(role))));
        requestFor(NORMAL, incident, person.id(), 0);

        http.post()
                .uri("/api/incidents/{id}/close", incident)
                .headers(h -> h.setBasicAuth("commander", IncidentServiceIntegrationTest.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("note", "  Back to work tomorrow at 9.  "))
                .exchange()
                .expectStatus()
                .isOk();

        JsonNode allClear = json.readTree(probe.awaitRecord(
                        r -> r.key().equals(person.id().toString())
                                && r.value().contains(incident.toString())
                                && r.value().contains("\"purpose\":\"ALL_CLEAR\""),
                        WAIT)
                .value());
        assertThat(allClear.get("body").asString()).isEqualTo("Back to work tomorrow at 9.");
        assertThat(allClear.get("subject").asString()).isEqualTo(titleOf(incident));
    }

    @Test
    void aTimerHeldByAStuckInstanceIsReportedOverdueAndFiresOnceTheHolderIsGone() throws Exception {
        String role = Fixtures.freshRole();
        TestPerson person = new Fixtures(db).peopleInRole(role, 1).getFirst();
        UUID incident = declare(Map.of("notify", Map.of("roles", List.of(role))));
        requestFor(NORMAL, incident, person.id(), 0);
        try (var stuck = java.sql.DriverManager.getConnection(
                TestServers.shared().postgres().jdbcUrl(), "postgres", "postgres")) {
            stuck.setAutoCommit(false);
            // Another instance holds the timer (engines claim with FOR UPDATE, which this lock blocks).
            stuck.createStatement()
                    .execute("SELECT id FROM incident.escalation_timers WHERE incident_id = '" + incident
                            + "' AND fired_at IS NULL FOR KEY SHARE");
            db.sql(
                            "UPDATE escalation_timers SET due_at = now() - interval '2 minutes' WHERE incident_id = ? AND fired_at IS NULL")
                    .param(incident)
                    .update();
            engine.tick();
            assertThat(pendingTimers(incident)).isEqualTo(1);
            assertThat(auditor.audit()).isGreaterThanOrEqualTo(1);
            stuck.rollback();
        }
        requestFor(NORMAL, incident, person.id(), 1);
        await().atMost(WAIT).until(() -> auditor.audit() == 0 || pendingTimers(incident) == 1);
    }

    private long pendingTimers(UUID incident) {
        return count(
                "SELECT count(*) FROM escalation_timers WHERE incident_id = ? AND fired_at IS NULL AND cancelled_at IS NULL",
                incident);
    }

    private long count(String sql, UUID incident) {
        return new Fixtures(db).count(sql, incident);
    }

    private static Map<String, Object> level(String role, int seconds) {
        return Map.of("roles", List.of(role), "escalateAfter", "PT" + seconds + "S", "quorum", 1);
    }

    @SafeVarargs
    private UUID callTree(Duration stepTimeout, Map<String, Object>... levels) {
        byte[] body = http.post()
                .uri("/api/call-trees")
                .headers(h -> h.setBasicAuth("admin", IncidentServiceIntegrationTest.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of(
                        "name",
                        "Tree " + UUID.randomUUID(),
                        "stepTimeout",
                        stepTimeout.toString(),
                        "levels",
                        List.of(levels)))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody()
                .returnResult()
                .getResponseBody();
        return UUID.fromString(json.readTree(body).get("id").asString());
    }

    private UUID declare(Map<String, Object> targets) {
        var body = new java.util.HashMap<String, Object>(
                Map.of("title", "Escalation " + UUID.randomUUID(), "message", "Check in.", "severity", "HIGH"));
        body.putAll(targets);
        byte[] response = http.post()
                .uri("/api/incidents")
                .headers(h -> h.setBasicAuth("commander", IncidentServiceIntegrationTest.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody()
                .returnResult()
                .getResponseBody();
        return UUID.fromString(json.readTree(response).get("id").asString());
    }

    private JsonNode requestFor(String topic, UUID incident, UUID person, int step) {
        ConsumerRecord<String, String> record = probe.awaitRecord(
                r -> r.topic().equals(topic)
                        && r.key().equals(person.toString())
                        && r.value().contains(incident.toString())
                        && r.value().contains("\"step\":" + step + "}"),
                WAIT);
        return json.readTree(record.value());
    }

    private static String reply(UUID incident, String notificationId) {
        return """
                {"type":"ReplyReceived","version":1,"eventId":"%s","occurredAt":"%s","incidentId":"%s","exercise":false,
                 "notificationId":"%s","channel":"SMS","answer":"SAFE","rawAnswer":"1"}
                """
                .formatted(UUID.randomUUID(), Instant.now(), incident, notificationId);
    }

    private String titleOf(UUID id) {
        return db.sql("SELECT title FROM incidents WHERE id = ?")
                .param(id)
                .query(String.class)
                .optional()
                .orElse(null);
    }
}
