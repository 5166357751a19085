package io.muster.incident.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.muster.contracts.ContractSamples;
import io.muster.incident.Fixtures;
import io.muster.incident.Fixtures.TestPerson;
import io.muster.incident.IncidentServiceIntegrationTest;
import io.muster.incident.accountability.Scenario;
import io.muster.testkit.TestServers;
import io.muster.testkit.TopicProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A number that opted out of SMS (STOP) gets no SMS from fan-out or reminders until it opts in (START). */
@IncidentServiceIntegrationTest
class SmsOptOutIntegrationTests {

    private static final Duration WAIT = Duration.ofSeconds(25);
    private static final String NORMAL = "muster.notification-request.v1";

    @Autowired
    WebTestClient http;

    @Autowired
    JdbcClient db;

    @Autowired
    JsonMapper json;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Test
    void aPersonWhoOptedOutGetsVoiceAndEmailButNoSmsAndOptingInRestoresSms() {
        Scenario scenario = new Scenario(http, db, json, kafka);
        TestPerson ada = new Fixtures(db).person(Fixtures.freshRole(), "+15557300001", true);
        Instant stoppedAt = Instant.now();
        optOut(ada, true, stoppedAt);
        try (TopicProbe probe = TopicProbe.on(TestServers.shared().kafkaBootstrapServers(), NORMAL)) {
            UUID stopped = scenario.declareFor(List.of(ada.id()));
            assertThat(channelsOf(probe, stopped, ada, "ALERT")).containsExactly("VOICE", "EMAIL");
            scenario.as("hr")
                    .post()
                    .uri("/api/incidents/{id}/reminders", stopped)
                    .exchange()
                    .expectStatus()
                    .isOk();
            assertThat(channelsOf(probe, stopped, ada, "REMINDER")).containsExactly("VOICE", "EMAIL");

            optOut(ada, false, stoppedAt.plusSeconds(1));
            UUID started = scenario.declareFor(List.of(ada.id()));
            assertThat(channelsOf(probe, started, ada, "ALERT")).containsExactly("SMS", "VOICE", "EMAIL");
        }
    }

    @Test
    void anSmsOnlyPersonWhoOptedOutIsUnreachableWithTheReasonInTheirHistory() {
        Scenario scenario = new Scenario(http, db, json, kafka);
        TestPerson bob = new Fixtures(db).person(Fixtures.freshRole(), "+15557300002", false);
        new Fixtures(db).set(bob, "channels", new String[] {"SMS"});
        optOut(bob, true, Instant.now());

        UUID incident = scenario.declareFor(List.of(bob.id()));

        assertThat(scenario.people(incident).get(bob.id()).get("state").asString())
                .isEqualTo("UNREACHABLE");
        JsonNode view = scenario.getJson("commander", "/api/incidents/" + incident);
        assertThat(view.get("recipients").toString()).contains("no usable channel: opted out of SMS (STOP)");
        assertThat(new Fixtures(db)
                        .count(
                                "SELECT count(*) FROM outbox WHERE record_key = ? AND payload LIKE '%' || '" + incident
                                        + "' || '%' AND payload LIKE '%\"SMS\"%'",
                                bob.id().toString()))
                .isZero();
    }

    /** Publishes the golden ContactOptOutChanged for the person's number and waits until it is recorded. */
    private void optOut(TestPerson person, boolean optedOut, Instant at) {
        ObjectNode change = (ObjectNode) json.readTree(ContractSamples.json("ContactOptOutChanged", 1));
        change.put("eventId", UUID.randomUUID().toString());
        change.put("occurredAt", at.toString());
        change.set("personIds", json.valueToTree(List.of(person.id())));
        change.put("address", person.phone());
        change.put("optedOut", optedOut);
        change.put("keyword", optedOut ? "STOP" : "START");
        kafka.send(Scenario.REPLIES, person.id().toString(), change.toString()).join();
        await().atMost(WAIT)
                .until(() -> new Fixtures(db)
                                .count(
                                        "SELECT count(*) FROM contact_points WHERE person_id = ? AND kind = 'PHONE' AND opted_out = "
                                                + optedOut,
                                        person.id())
                        == 1);
    }

    private List<String> channelsOf(TopicProbe probe, UUID incident, TestPerson person, String purpose) {
        JsonNode request = json.readTree(probe.awaitRecord(
                        r -> r.key().equals(person.id().toString())
                                && r.value().contains(incident.toString())
                                && r.value().contains("\"purpose\":\"" + purpose + "\""),
                        WAIT)
                .value());
        List<String> channels = new ArrayList<>();
        request.get("channels").forEach(c -> channels.add(c.get("channel").asString()));
        return channels;
    }
}
