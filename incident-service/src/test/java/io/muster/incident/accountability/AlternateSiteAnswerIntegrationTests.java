package io.muster.incident.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.muster.incident.Fixtures;
import io.muster.incident.Fixtures.TestPerson;
import io.muster.incident.IncidentServiceIntegrationTest;
import io.muster.testkit.TestServers;
import io.muster.testkit.TopicProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Option 3, "I am at the alternate site": offered only to people whose site has one, recorded with that site. */
@IncidentServiceIntegrationTest
class AlternateSiteAnswerIntegrationTests {

    private static final String REQUESTS = "muster.notification-request.v1";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    WebTestClient http;

    @Autowired
    JdbcClient db;

    @Autowired
    JsonMapper json;

    @Autowired
    KafkaTemplate<String, String> kafka;

    private Scenario scenario;
    private Fixtures fixtures;
    private UUID hilltop;
    private UUID riverside;
    private TestPerson atRiverside;
    private TestPerson atRiversideToo;
    private TestPerson withoutAlternate;

    @BeforeEach
    void twoPeopleAtASiteWithAnAlternateAndOneAtASiteWithout() {
        scenario = new Scenario(http, db, json, kafka);
        fixtures = new Fixtures(db);
        List<TestPerson> people = fixtures.peopleInRole(Fixtures.freshRole(), 3);
        hilltop = site("Hilltop " + UUID.randomUUID(), null);
        db.sql("UPDATE sites SET address = '1 Hill Road' WHERE id = ?")
                .param(hilltop)
                .update();
        riverside = site("Riverside " + UUID.randomUUID(), hilltop);
        UUID annex = site("Annex " + UUID.randomUUID(), null);
        atRiverside = people.get(0);
        atRiversideToo = people.get(1);
        withoutAlternate = people.get(2);
        fixtures.set(atRiverside, "site_id", riverside);
        fixtures.set(atRiversideToo, "site_id", riverside);
        fixtures.set(withoutAlternate, "site_id", annex);
    }

    @Test
    void theAlertOffersTheAlternateSiteOnlyToPeopleWhoseSiteHasOne() {
        UUID incident = scenario.declareFor(List.of(atRiverside.id(), withoutAlternate.id()));

        assertThat(optionsOfAlert(incident, atRiverside)).containsExactly("SAFE", "NEEDS_HELP", "AT_ALTERNATE_SITE");
        assertThat(optionsOfAlert(incident, withoutAlternate)).containsExactly("SAFE", "NEEDS_HELP");
    }

    @Test
    void peopleOfAnAffectedSiteAreToldWhereToReportAsAStructuredAlternateSiteOnEveryRequest() {
        TestPerson elsewhere = fixtures.peopleInRole(Fixtures.freshRole(), 1).getFirst();
        fixtures.set(elsewhere, "site_id", hilltop);
        UUID incident = declareAffecting(riverside, List.of(atRiverside, withoutAlternate, elsewhere));
        scenario.as("hr")
                .post()
                .uri("/api/incidents/{id}/reminders", incident)
                .exchange()
                .expectStatus()
                .isOk();

        for (String purpose : List.of("ALERT", "REMINDER")) {
            JsonNode request = request(incident, atRiverside, purpose);
            assertThat(request.get("body").asString()).isEqualTo("Leave the building.");
            JsonNode alternate = request.get("alternateSite");
            assertThat(alternate.get("site").asString()).startsWith("Riverside ");
            assertThat(alternate.get("name").asString()).startsWith("Hilltop ");
            assertThat(alternate.get("address").asString()).isEqualTo("1 Hill Road");
        }
        // Annex has no alternate; Hilltop is not affected.
        assertThat(request(incident, withoutAlternate, "ALERT").has("alternateSite"))
                .isFalse();
        assertThat(request(incident, elsewhere, "ALERT").has("alternateSite")).isFalse();
        assertThat(request(incident, elsewhere, "ALERT").get("body").asString()).isEqualTo("Leave the building.");
    }

    @Test
    void remindersOfferTheAlternateSiteOnlyToPeopleWhoseSiteHasOne() {
        UUID incident = scenario.declareFor(List.of(atRiverside.id(), withoutAlternate.id()));
        scenario.as("hr")
                .post()
                .uri("/api/incidents/{id}/reminders", incident)
                .exchange()
                .expectStatus()
                .isOk();

        assertThat(options(incident, atRiverside, "REMINDER"))
                .containsExactly("SAFE", "NEEDS_HELP", "AT_ALTERNATE_SITE");
        assertThat(options(incident, withoutAlternate, "REMINDER")).containsExactly("SAFE", "NEEDS_HELP");
    }

    @Test
    void anSmsThreeAndAKeypadThreeLandAsAtTheAlternateSiteWithThatSiteOnTheBoard() {
        UUID incident = scenario.declareFor(List.of(atRiverside.id(), atRiversideToo.id(), withoutAlternate.id()));
        Instant now = Instant.now();
        scenario.reply(
                incident,
                scenario.notificationOf(incident, atRiverside.id()),
                "AT_ALTERNATE_SITE",
                "SMS",
                now,
                Map.of("rawAnswer", "3"));
        scenario.reply(
                incident,
                scenario.notificationOf(incident, atRiversideToo.id()),
                "AT_ALTERNATE_SITE",
                "VOICE",
                now,
                Map.of("rawAnswer", "3"));

        await().atMost(WAIT)
                .until(() -> scenario.people(incident).values().stream()
                                .filter(row -> row.get("state").asString().equals("AT_ALTERNATE_SITE"))
                                .count()
                        == 2);
        Map<UUID, JsonNode> board = scenario.people(incident);
        for (TestPerson person : List.of(atRiverside, atRiversideToo)) {
            JsonNode row = board.get(person.id());
            assertThat(row.get("reportingSiteId").asString()).isEqualTo(hilltop.toString());
            assertThat(row.get("alternateSiteId").asString()).isEqualTo(hilltop.toString());
        }
        assertThat(board.get(atRiverside.id()).get("channel").asString()).isEqualTo("SMS");
        assertThat(board.get(atRiversideToo.id()).get("channel").asString()).isEqualTo("VOICE");
        JsonNode summary = scenario.getJson("hr", "/api/incidents/" + incident + "/accountability");
        assertThat(summary.get("byState").get("AT_ALTERNATE_SITE").asInt()).isEqualTo(2);
        assertThat(summary.get("reportingAt").findValuesAsString("siteId")).contains(hilltop.toString());
        JsonNode history = scenario.getJson(
                "hr", "/api/incidents/" + incident + "/accountability/" + atRiverside.id() + "/history");
        assertThat(history.get("answers").get(0).get("rawAnswer").asString()).isEqualTo("3");
        assertThat(history.get("answers").get(0).get("siteId").asString()).isEqualTo(hilltop.toString());
    }

    private List<String> optionsOfAlert(UUID incident, TestPerson person) {
        return options(incident, person, "ALERT");
    }

    private List<String> options(UUID incident, TestPerson person, String purpose) {
        return request(incident, person, purpose).get("replyOptions").findValuesAsString("answer");
    }

    private JsonNode request(UUID incident, TestPerson person, String purpose) {
        try (TopicProbe requests = TopicProbe.on(TestServers.shared().kafkaBootstrapServers(), REQUESTS)) {
            var record = requests.awaitRecord(
                    r -> r.key().equals(person.id().toString())
                            && r.value().contains(incident.toString())
                            && r.value().contains("\"purpose\":\"" + purpose + "\""),
                    WAIT);
            return json.readTree(record.value());
        }
    }

    private UUID declareAffecting(UUID site, List<TestPerson> people) {
        JsonNode created = scenario.read(scenario.as("commander")
                .post()
                .uri("/api/incidents")
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .bodyValue(Map.of(
                        "title",
                        "Flood " + UUID.randomUUID(),
                        "message",
                        "Leave the building.",
                        "severity",
                        "HIGH",
                        "affectedSiteIds",
                        List.of(site),
                        "notify",
                        Map.of("personIds", people.stream().map(TestPerson::id).toList())))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody());
        return UUID.fromString(created.get("id").asString());
    }

    private UUID site(String name, UUID alternate) {
        UUID id = UUID.randomUUID();
        db.sql("INSERT INTO sites (id, name, alternate_site_id) VALUES (?, ?, ?)")
                .params(id, name, alternate)
                .update();
        return id;
    }
}
