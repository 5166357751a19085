package io.muster.incident.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.muster.contracts.ContractSamples;
import io.muster.incident.Fixtures;
import io.muster.incident.Fixtures.TestPerson;
import io.muster.incident.IncidentServiceIntegrationTest;
import io.muster.incident.accountability.Scenario;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The commander's live view and the incident's counts say what HR's board says: the same states,
 * at the alternate site and unreachable included, from the same reading of each recipient.
 */
@IncidentServiceIntegrationTest
class LiveCountsIntegrationTests {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    WebTestClient http;

    @Autowired
    JdbcClient db;

    @Autowired
    JsonMapper json;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Test
    void theLiveViewCountsEachStateAsTheHrBoardDoes() {
        Scenario scenario = new Scenario(http, db, json, kafka);
        var fixtures = new Fixtures(db);
        List<TestPerson> people = fixtures.peopleInRole(Fixtures.freshRole(), 6);
        UUID hilltop = site("Hilltop " + UUID.randomUUID(), null);
        UUID riverside = site("Riverside " + UUID.randomUUID(), hilltop);
        people.forEach(p -> fixtures.set(p, "site_id", riverside));
        UUID incident = scenario.declareFor(people.stream().map(TestPerson::id).toList());
        Instant now = Instant.now();
        answer(scenario, incident, people.get(0), "SAFE", now);
        answer(scenario, incident, people.get(1), "NEEDS_HELP", now);
        answer(scenario, incident, people.get(2), "AT_ALTERNATE_SITE", now);
        failEveryChannel(incident, people.get(3));
        // Answered, then every channel failed: still safe, not unreachable.
        answer(scenario, incident, people.get(4), "SAFE", now);
        failEveryChannel(incident, people.get(4));

        await().atMost(WAIT)
                .until(() -> scenario.getJson("hr", "/api/incidents/" + incident + "/accountability")
                                .get("byState")
                                .get("UNREACHABLE")
                                .asInt()
                        == 1);
        await().atMost(WAIT).until(() -> scenario.people(incident)
                .get(people.get(4).id())
                .get("state")
                .asString()
                .equals("SAFE"));
        JsonNode board = scenario.getJson("hr", "/api/incidents/" + incident + "/accountability");
        JsonNode counts =
                scenario.getJson("commander", "/api/incidents/" + incident).get("counts");
        JsonNode live = firstLiveEvent(incident);

        Map<String, String> same = Map.of(
                "safe", "SAFE",
                "needHelp", "NEEDS_HELP",
                "atAlternateSite", "AT_ALTERNATE_SITE",
                "noAnswer", "NO_RESPONSE",
                "unreachable", "UNREACHABLE");
        same.forEach((count, state) -> {
            assertThat(counts.get(count).asInt())
                    .as(count)
                    .isEqualTo(board.get("byState").get(state).asInt());
            assertThat(live.get("counts").get(count).asInt())
                    .as(count)
                    .isEqualTo(board.get("byState").get(state).asInt());
        });
        assertThat(counts.get("safe").asInt()).isEqualTo(2);
        assertThat(counts.get("atAlternateSite").asInt()).isEqualTo(1);
        assertThat(counts.get("unreachable").asInt()).isEqualTo(1);
        assertThat(counts.get("noAnswer").asInt()).isEqualTo(1);
        assertThat(counts.get("answered").asInt()).isEqualTo(4);
        assertThat(counts.get("failed").asInt()).isEqualTo(2); // every channel tried failed, answered or not
        JsonNode site = live.get("bySite").get(0);
        assertThat(site.get("key").asString()).isEqualTo(riverside.toString());
        assertThat(site.get("counts")).isEqualTo(live.get("counts"));
        assertThat(live.get("byLevel").get(0).get("counts")).isEqualTo(live.get("counts"));
    }

    private JsonNode firstLiveEvent(UUID incident) {
        ServerSentEvent<String> event = http.get()
                .uri("/api/incidents/{id}/live", incident)
                .headers(h -> h.setBasicAuth("commander", IncidentServiceIntegrationTest.PASSWORD))
                .accept(MediaType.TEXT_EVENT_STREAM)
                .exchange()
                .expectStatus()
                .isOk()
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<String>>() {})
                .getResponseBody()
                .filter(e -> "counts".equals(e.event()))
                .blockFirst(WAIT);
        return json.readTree(event.data());
    }

    private static void answer(Scenario scenario, UUID incident, TestPerson person, String state, Instant at) {
        scenario.reply(incident, scenario.notificationOf(incident, person.id()), state, "SMS", at, Map.of());
    }

    private void failEveryChannel(UUID incident, TestPerson person) {
        UUID notification = new Scenario(http, db, json, kafka).notificationOf(incident, person.id());
        for (String channel : List.of("SMS", "VOICE", "EMAIL")) {
            ObjectNode failed = (ObjectNode) json.readTree(ContractSamples.json("NotificationFailed", 1));
            failed.put("eventId", UUID.randomUUID().toString());
            failed.put("incidentId", incident.toString());
            failed.put("notificationId", notification.toString());
            failed.put("channel", channel);
            kafka.send(Scenario.DELIVERIES, notification.toString(), failed.toString())
                    .join();
        }
    }

    private UUID site(String name, UUID alternate) {
        UUID id = UUID.randomUUID();
        db.sql("INSERT INTO sites (id, name, alternate_site_id) VALUES (?, ?, ?)")
                .params(id, name, alternate)
                .update();
        return id;
    }
}
