package io.muster.incident.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.muster.contracts.ContractSamples;
import io.muster.incident.Fixtures;
import io.muster.incident.Fixtures.TestPerson;
import io.muster.incident.IncidentServiceIntegrationTest;
import io.muster.testkit.TestServers;
import io.muster.testkit.TopicProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
class AccountabilityIntegrationTests {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired
    WebTestClient http;

    @Autowired
    JdbcClient db;

    @Autowired
    JsonMapper json;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    MeterRegistry meters;

    private Scenario scenario;
    private Fixtures fixtures;
    private List<TestPerson> people;

    @BeforeEach
    void threePeople() {
        scenario = new Scenario(http, db, json, kafka);
        fixtures = new Fixtures(db);
        people = fixtures.peopleInRole(Fixtures.freshRole(), 3);
    }

    @Test
    void twoOpenIncidentsForOnePersonKeepEachItsOwnAnswer() {
        UUID ada = people.get(0).id();
        UUID first = scenario.declareFor(List.of(ada));
        UUID second = scenario.declareFor(List.of(ada));

        scenario.reply(first, scenario.notificationOf(first, ada), "SAFE", "SMS", Instant.now(), Map.of());
        scenario.reply(second, scenario.notificationOf(second, ada), "NEEDS_HELP", "VOICE", Instant.now(), Map.of());

        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(scenario.people(first).get(ada).get("state").asString()).isEqualTo("SAFE");
            assertThat(scenario.people(second).get(ada).get("state").asString()).isEqualTo("NEEDS_HELP");
        });
        assertThat(scenario.people(second).get(ada).get("channel").asString()).isEqualTo("VOICE");
    }

    @Test
    void theLatestAnswerWinsAndTheHistoryKeepsEveryAnswerWithChannelTimeAndSource() {
        UUID ada = people.get(0).id();
        UUID incident = scenario.declareFor(List.of(ada));
        UUID notification = scenario.notificationOf(incident, ada);
        Instant t0 = Instant.now().minusSeconds(600).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);

        scenario.reply(incident, notification, "SAFE", "SMS", t0.plusSeconds(120), Map.of());
        scenario.reply(incident, notification, "AT_ALTERNATE_SITE", "HOTLINE", t0.plusSeconds(60), Map.of());

        JsonNode history = await().atMost(WAIT)
                .until(() -> history(incident, ada), h -> h.get("answers").size() == 2);
        assertThat(history.get("state").asString()).isEqualTo("SAFE");
        JsonNode answers = history.get("answers");
        assertThat(answers.get(0).get("state").asString()).isEqualTo("AT_ALTERNATE_SITE");
        assertThat(answers.get(0).get("channel").asString()).isEqualTo("HOTLINE");
        assertThat(answers.get(0).get("source").asString()).isEqualTo("HOTLINE");
        assertThat(Instant.parse(answers.get(0).get("answeredAt").asString())).isEqualTo(t0.plusSeconds(60));
        assertThat(answers.get(1).get("channel").asString()).isEqualTo("SMS");
        assertThat(answers.get(1).get("source").asString()).isEqualTo("PERSON");
        assertThat(answers.get(1).get("by").asString()).isEqualTo("person:" + ada);
    }

    @Test
    void anAnswerAfterTheIncidentClosedOrPastItsWindowIsRecordedAsLate() {
        UUID ada = people.get(0).id();
        UUID bob = people.get(1).id();
        UUID incident = scenario.declareFor(List.of(ada, bob));
        scenario.reply(
                incident, scenario.notificationOf(incident, bob), "SAFE", "WEB", Instant.now(), Map.of("late", true));
        await().atMost(WAIT).until(() -> history(incident, bob).get("answers").size() == 1);
        scenario.close(incident);

        scenario.reply(incident, scenario.notificationOf(incident, ada), "SAFE", "SMS", Instant.now(), Map.of());

        JsonNode row = await().atMost(WAIT)
                .until(
                        () -> scenario.people(incident).get(ada),
                        r -> r.get("state").asString().equals("SAFE"));
        assertThat(row.get("late").asBoolean()).isTrue();
        assertThat(history(incident, ada).get("answers").get(0).get("late").asBoolean())
                .isTrue();
        assertThat(history(incident, bob).get("answers").get(0).get("late").asBoolean())
                .isTrue();
    }

    @Test
    void anOnBehalfUpdateShowsWhoSetItAndWhenAndIsAudited() {
        UUID ada = people.get(0).id();
        UUID incident = scenario.declareFor(List.of(ada));
        Instant before = Instant.now();

        JsonNode row = scenario.read(scenario.as("hr")
                .post()
                .uri("/api/incidents/{id}/accountability/{person}", incident, ada)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("state", "SAFE", "comment", "Seen at the assembly point by her manager"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody());

        assertThat(row.get("state").asString()).isEqualTo("SAFE");
        assertThat(row.get("source").asString()).isEqualTo("OPERATOR");
        assertThat(row.get("channel").asString()).isEqualTo("OPERATOR");
        assertThat(row.get("answeredBy").asString()).isEqualTo("hr");
        assertThat(row.get("comment").asString()).isEqualTo("Seen at the assembly point by her manager");
        assertThat(Instant.parse(row.get("answeredAt").asString())).isAfterOrEqualTo(before.minusSeconds(1));
        JsonNode audit = scenario.getJson("commander", "/api/incidents/" + incident + "/audit");
        assertThat(audit.findValuesAsString("action")).contains("STATE_SET_ON_BEHALF");
        assertThat(scenario.getJson("hr", "/api/incidents/" + incident)
                        .get("counts")
                        .get("safe")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void needsHelpFromAnySourceOpensExactlyOneTaskForThePerson() {
        UUID ada = people.get(0).id();
        UUID incident = scenario.declareFor(List.of(ada));
        UUID notification = scenario.notificationOf(incident, ada);

        scenario.reply(
                incident,
                notification,
                "NEEDS_HELP",
                "SMS",
                Instant.now().minusSeconds(30),
                Map.of("location", "Car park B"));
        scenario.reply(
                incident, notification, "NEEDS_HELP", "VOICE", Instant.now().minusSeconds(20), Map.of());
        await().atMost(WAIT).until(() -> history(incident, ada).get("answers").size() == 2);
        scenario.as("commander")
                .post()
                .uri("/api/incidents/{id}/accountability/{person}", incident, ada)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("state", "NEEDS_HELP", "comment", "Called her desk: trapped in lift"))
                .exchange()
                .expectStatus()
                .isOk();

        JsonNode tasks = scenario.getJson("commander", "/api/incidents/" + incident + "/tasks");
        assertThat(tasks).hasSize(1);
        assertThat(tasks.get(0).get("helpPersonId").asString()).isEqualTo(ada.toString());
        assertThat(tasks.get(0).get("status").asString()).isEqualTo("OPEN");
        assertThat(tasks.get(0).get("description").asString()).contains("Car park B");
        assertThat(scenario.getJson("commander", "/api/incidents/" + incident + "/audit")
                        .findValuesAsString("action"))
                .containsOnlyOnce("TASK_CREATED");
    }

    @Test
    void aPersonWhoNeededHelpAndNowReportsSafeKeepsTheTaskOpenWithWhatTheySaidSince() {
        UUID ada = people.get(0).id();
        UUID incident = scenario.declareFor(List.of(ada));
        UUID notification = scenario.notificationOf(incident, ada);
        Instant now = Instant.now();
        scenario.reply(incident, notification, "NEEDS_HELP", "WEB", now.minusSeconds(30), Map.of());
        await().atMost(WAIT).until(() -> tasksOf(incident).size() == 1);

        scenario.reply(incident, notification, "SAFE", "WEB", now.minusSeconds(20), Map.of());
        await().atMost(WAIT).until(() -> tasksOf(incident)
                .get(0)
                .get("helpPersonState")
                .asString()
                .equals("SAFE"));
        JsonNode task = tasksOf(incident).get(0);
        assertThat(task.get("status").asString()).isEqualTo("OPEN");
        String uri = "/api/incidents/" + incident + "/tasks/" + task.get("id").asString();
        assertThat(scenario.getJson("commander", uri).get("comments").findValuesAsString("body"))
                .singleElement()
                .asString()
                .startsWith("Now reports SAFE (WEB at ");

        scenario.reply(
                incident, notification, "NEEDS_HELP", "WEB", now.minusSeconds(10), Map.of("location", "Stairwell 2"));
        await().atMost(WAIT).until(() -> tasksOf(incident)
                .get(0)
                .get("helpPersonState")
                .asString()
                .equals("NEEDS_HELP"));
        assertThat(tasksOf(incident)).hasSize(1);
        assertThat(scenario.getJson("commander", uri).get("comments").findValuesAsString("body"))
                .hasSize(2)
                .last()
                .asString()
                .contains("Stairwell 2");
    }

    private JsonNode tasksOf(UUID incident) {
        return scenario.getJson("commander", "/api/incidents/" + incident + "/tasks");
    }

    @Test
    void atAnAlternateSiteAPersonReportsToTheirHomeSitesAlternateUnlessTheyNameAnother() {
        UUID hilltop = site("Hilltop " + UUID.randomUUID(), null);
        UUID annex = site("Annex " + UUID.randomUUID(), null);
        UUID riverside = site("Riverside " + UUID.randomUUID(), hilltop);
        people.forEach(p -> fixtures.set(p, "site_id", riverside));
        UUID ada = people.get(0).id();
        UUID bob = people.get(1).id();
        UUID incident = scenario.declareFor(people.stream().map(TestPerson::id).toList());
        String annexName = db.sql("SELECT name FROM sites WHERE id = ?")
                .param(annex)
                .query(String.class)
                .optional()
                .orElse(null);

        scenario.reply(
                incident, scenario.notificationOf(incident, ada), "AT_ALTERNATE_SITE", "SMS", Instant.now(), Map.of());
        scenario.reply(
                incident,
                scenario.notificationOf(incident, bob),
                "AT_ALTERNATE_SITE",
                "WEB",
                Instant.now(),
                Map.of("location", annexName.toUpperCase()));

        await().atMost(WAIT).until(() -> scenario.people(incident)
                .get(bob)
                .get("reportingSiteId")
                .isString());
        Map<UUID, JsonNode> rows = scenario.people(incident);
        assertThat(rows.get(ada).get("reportingSiteId").asString()).isEqualTo(hilltop.toString());
        assertThat(rows.get(ada).get("alternateSiteId").asString()).isEqualTo(hilltop.toString());
        assertThat(rows.get(bob).get("reportingSiteId").asString()).isEqualTo(annex.toString());
        JsonNode summary = scenario.getJson("hr", "/api/incidents/" + incident + "/accountability");
        assertThat(summary.get("total").asInt()).isEqualTo(3);
        assertThat(summary.get("byState").get("AT_ALTERNATE_SITE").asInt()).isEqualTo(2);
        assertThat(summary.get("byState").get("NO_RESPONSE").asInt()).isEqualTo(1);
        assertThat(summary.get("bySite")).hasSize(1);
        assertThat(summary.get("bySite").get(0).get("siteId").asString()).isEqualTo(riverside.toString());
        assertThat(summary.get("bySite").get(0).get("total").asInt()).isEqualTo(3);
        assertThat(summary.get("reportingAt").findValuesAsString("siteId"))
                .containsExactlyInAnyOrder(hilltop.toString(), annex.toString());
        JsonNode atAnnex = scenario.getJson(
                "hr", "/api/incidents/" + incident + "/accountability/people?state=AT_ALTERNATE_SITE&siteId=" + annex);
        assertThat(atAnnex.get("total").asInt()).isEqualTo(1);
        assertThat(atAnnex.get("people").get(0).get("personId").asString()).isEqualTo(bob.toString());
    }

    @Test
    void someoneWhoseEveryChannelFailedIsUnreachable() {
        UUID ada = people.get(0).id();
        UUID incident = scenario.declareFor(List.of(ada, people.get(1).id()));
        UUID notification = scenario.notificationOf(incident, ada);

        for (String channel : List.of("SMS", "VOICE", "EMAIL")) {
            ObjectNode failed = (ObjectNode) json.readTree(ContractSamples.json("NotificationFailed", 1));
            failed.put("eventId", UUID.randomUUID().toString());
            failed.put("incidentId", incident.toString());
            failed.put("notificationId", notification.toString());
            failed.put("channel", channel);
            kafka.send(Scenario.DELIVERIES, notification.toString(), failed.toString())
                    .join();
        }

        await().atMost(WAIT).until(() -> scenario.people(incident)
                .get(ada)
                .get("state")
                .asString()
                .equals("UNREACHABLE"));
        JsonNode unreachable =
                scenario.getJson("hr", "/api/incidents/" + incident + "/accountability/people?state=UNREACHABLE");
        assertThat(unreachable.get("total").asInt()).isEqualTo(1);
        assertThat(scenario.people(incident)
                        .get(people.get(1).id())
                        .get("state")
                        .asString())
                .isEqualTo("NO_RESPONSE");
    }

    @Test
    void theCsvExportHasTheSameRowsAsTheApiAndDefusesFormulas() {
        UUID ada = people.get(0).id();
        UUID incident = scenario.declareFor(people.stream().map(TestPerson::id).toList());
        scenario.as("hr")
                .post()
                .uri("/api/incidents/{id}/accountability/{person}", incident, ada)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("state", "NEEDS_HELP", "comment", "=HYPERLINK(\"http://evil\"), said \"help\""))
                .exchange()
                .expectStatus()
                .isOk();

        JsonNode api = scenario.getJson("hr", "/api/incidents/" + incident + "/accountability/people");
        String csv = csv("/api/incidents/" + incident + "/accountability/people.csv");
        String negotiated = scenario.as("hr")
                .get()
                .uri("/api/incidents/{id}/accountability/people", incident)
                .accept(MediaType.parseMediaType("text/csv"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();

        assertThat(negotiated).isEqualTo(csv);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).startsWith("employee_id,name,state,site,");
        assertThat(lines).hasSize(1 + api.get("people").size());
        List<String> expected = new ArrayList<>();
        for (JsonNode row : api.get("people")) {
            expected.add(row.get("employeeId").asString() + ","
                    + row.get("name").asString() + "," + row.get("state").asString());
        }
        assertThat(lines.subList(1, lines.size()).stream()
                        .map(line ->
                                String.join(",", List.of(line.split(",", -1)).subList(0, 3)))
                        .toList())
                .containsExactlyElementsOf(expected);
        assertThat(csv).contains(",\"'=HYPERLINK(\"\"http://evil\"\"), said \"\"help\"\"\",");
    }

    @Test
    void anSmsOptOutShowsOnThePersonsContactPointForHr() {
        TestPerson ada = people.get(0);
        ObjectNode stop = (ObjectNode) json.readTree(ContractSamples.json("ContactOptOutChanged", 1));
        stop.put("eventId", UUID.randomUUID().toString());
        stop.set("personIds", json.valueToTree(List.of(ada.id())));
        stop.put("address", ada.phone());
        kafka.send(Scenario.REPLIES, ada.id().toString(), stop.toString()).join();

        JsonNode point = await().atMost(WAIT).until(() -> contactPoint(ada), p -> p != null);
        assertThat(point.get("optedOut").asBoolean()).isTrue();
        assertThat(point.get("optOutKeyword").asString()).isEqualTo("STOP");
        assertThat(point.get("optOutChangedAt").asString()).isNotBlank();
    }

    @Test
    void hotlineMessagesOnTheRepliesTopicAreHandedToTheHotlineAndUnknownTypesSkippedAndCountedNotDeadLettered() {
        UUID ada = people.get(0).id();
        UUID incident = scenario.declareFor(List.of(ada));
        String marker = UUID.randomUUID().toString();
        double unknownBefore = skipped("unknown");
        UUID hotlineEvent = UUID.randomUUID();
        ObjectNode hotline = (ObjectNode) json.readTree(ContractSamples.json("HotlineMessageRecorded", 1));
        hotline.put("eventId", hotlineEvent.toString());
        hotline.put("incidentId", incident.toString());
        hotline.put("marker", marker);
        kafka.send(Scenario.REPLIES, incident.toString(), hotline.toString()).join();
        kafka.send(
                        Scenario.REPLIES,
                        incident.toString(),
                        "{\"type\":\"ReplyTeleported\",\"marker\":\"" + marker + "\"}")
                .join();

        scenario.reply(incident, scenario.notificationOf(incident, ada), "SAFE", "SMS", Instant.now(), Map.of());

        await().atMost(WAIT).until(() -> scenario.people(incident)
                .get(ada)
                .get("state")
                .asString()
                .equals("SAFE"));
        // the replies topic's one consumer read the hotline's message and handed it over: stored once
        assertThat(db.sql("SELECT count(*) FROM hotline_messages WHERE event_id = ? AND incident_id = ?")
                        .param(hotlineEvent)
                        .param(incident)
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
        assertThat(skipped("unknown")).isGreaterThan(unknownBefore);
        try (TopicProbe dlt = TopicProbe.on(TestServers.shared().kafkaBootstrapServers(), Scenario.REPLIES + ".DLT")) {
            assertThat(dlt.recordsWithin(r -> r.value() != null && r.value().contains(marker), Duration.ofSeconds(2)))
                    .isEmpty();
        }
    }

    @Test
    void badInputsAreProblemsAndChangeNothing() {
        UUID ada = people.get(0).id();
        UUID incident = scenario.declareFor(List.of(ada));
        String person = "/api/incidents/" + incident + "/accountability/" + ada;

        problem("hr", person, Map.of("state", "SAFE"), 400, "validation");
        problem("hr", person, Map.of("state", "SAFE", "comment", " "), 400, "validation");
        problem("hr", person, Map.of("state", "PANICKING", "comment", "x"), 400, "bad-request");
        problem("hr", person, Map.of("state", "NO_RESPONSE", "comment", "x"), 400, "validation");
        problem("hr", person, Map.of("state", "SAFE", "siteId", UUID.randomUUID(), "comment", "x"), 400, "validation");
        problem(
                "hr",
                person,
                Map.of("state", "AT_ALTERNATE_SITE", "siteId", UUID.randomUUID(), "comment", "x"),
                422,
                "unknown-sites");
        problem(
                "hr",
                "/api/incidents/" + incident + "/accountability/" + UUID.randomUUID(),
                Map.of("state", "SAFE", "comment", "x"),
                404,
                "recipient-not-found");
        problem(
                "hr",
                "/api/incidents/" + UUID.randomUUID() + "/accountability/" + ada,
                Map.of("state", "SAFE", "comment", "x"),
                404,
                "incident-not-found");
        problem("employee", person, Map.of("state", "SAFE", "comment", "x"), 403, "forbidden");
        problem("admin", person, Map.of("state", "SAFE", "comment", "x"), 403, "forbidden");
        getProblem("/api/incidents/" + incident + "/accountability/people?state=BOGUS", 400);
        getProblem("/api/incidents/" + incident + "/accountability/people?size=5000", 400);
        getProblem("/api/incidents/" + incident + "/accountability/people?siteId=not-a-uuid", 400);
        getProblem("/api/incidents/not-a-uuid/accountability", 400);
        getProblem("/api/incidents/" + UUID.randomUUID() + "/accountability", 404);

        assertThat(scenario.people(incident).get(ada).get("state").asString()).isEqualTo("NO_RESPONSE");
        assertThat(history(incident, ada).get("answers")).isEmpty();
    }

    private void problem(String user, String uri, Map<String, Object> body, int status, String type) {
        scenario.as(user)
                .post()
                .uri(uri)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isEqualTo(status)
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:" + type);
    }

    private void getProblem(String uri, int status) {
        scenario.as("hr")
                .get()
                .uri(uri)
                .exchange()
                .expectStatus()
                .isEqualTo(status)
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private JsonNode history(UUID incident, UUID person) {
        return scenario.getJson("hr", "/api/incidents/" + incident + "/accountability/" + person + "/history");
    }

    private String csv(String uri) {
        return scenario.as("hr")
                .get()
                .uri(uri)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.parseMediaType("text/csv"))
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }

    private UUID site(String name, UUID alternate) {
        UUID id = UUID.randomUUID();
        db.sql("INSERT INTO sites (id, name, alternate_site_id) VALUES (?, ?, ?)")
                .params(id, name, alternate)
                .update();
        return id;
    }

    private JsonNode contactPoint(TestPerson person) {
        for (JsonNode point : scenario.getJson("hr", "/api/contact-points")) {
            if (point.get("personId").asString().equals(person.id().toString())
                    && point.get("address").asString().equals(person.phone())) {
                return point;
            }
        }
        return null;
    }

    private double skipped(String type) {
        var counter = meters.find("muster.replies.skipped").tag("type", type).counter();
        return counter == null ? 0 : counter.count();
    }
}
