package io.muster.incident.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.muster.contracts.ContractSamples;
import io.muster.incident.Fixtures;
import io.muster.incident.Fixtures.TestPerson;
import io.muster.incident.IncidentServiceIntegrationTest;
import io.muster.testkit.Outage;
import io.muster.testkit.TestServers;
import io.muster.testkit.TopicProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
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

/** A PostgreSQL outage longer than any retry budget dead-letters nothing: every consumer waits it out. */
@IncidentServiceIntegrationTest
class ConsumersWaitOutOutagesIntegrationTests {

    private static final String DELIVERIES = "muster.delivery.v1";
    private static final String REPLIES = "muster.reply.v1";
    private static final Duration OUTAGE = Duration.ofSeconds(8);

    @Autowired
    WebTestClient http;

    @Autowired
    JdbcClient db;

    @Autowired
    JsonMapper json;

    @Autowired
    KafkaTemplate<String, String> kafka;

    private UUID incidentId;
    private UUID ada;
    private UUID bob;
    private List<TestPerson> people;

    @BeforeEach
    void declaredIncidentForTwoPeople() {
        assumeTrue(TestServers.shared().outagesPossible(), "outages need the embedded servers");
        String role = Fixtures.freshRole();
        people = new Fixtures(db).peopleInRole(role, 2);
        JsonNode created = json.readTree(http.post()
                .uri("/api/incidents")
                .headers(h -> h.setBasicAuth("commander", IncidentServiceIntegrationTest.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of(
                        "title", "t", "message", "m", "severity", "LOW", "notify", Map.of("roles", List.of(role))))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody()
                .returnResult()
                .getResponseBody());
        incidentId = UUID.fromString(created.get("id").asString());
        ada = notificationOf(people.get(0).id());
        bob = notificationOf(people.get(1).id());
    }

    @Test
    void deliveriesRepliesHotlineAndVoiceMessagesConsumedDuringADatabaseOutageAreRecordedOnceItIsOver() {
        ObjectNode sent = event("NotificationSent", ada);
        ObjectNode reply = event("ReplyReceived", bob);
        ObjectNode hotline = event("HotlineMessageRecorded", null);
        hotline.put("recordingUrl", "http://127.0.0.1:1/2010-04-01/Accounts/AC1/Recordings/RE1");
        ObjectNode voice = event("VoiceMessageLeft", null);
        voice.put("fromPersonId", people.get(0).id().toString());
        voice.put("toPersonId", people.get(1).id().toString());
        try (TopicProbe deadLetters =
                TopicProbe.on(TestServers.shared().kafkaBootstrapServers(), DELIVERIES + ".DLT", REPLIES + ".DLT")) {
            try (Outage outage = TestServers.shared().postgresOutage()) {
                kafka.send(DELIVERIES, ada.toString(), sent.toString()).join();
                kafka.send(REPLIES, incidentId.toString(), reply.toString()).join();
                kafka.send(REPLIES, incidentId.toString(), hotline.toString()).join();
                kafka.send(REPLIES, incidentId.toString(), voice.toString()).join();
                waitOut(OUTAGE);
            }

            // Errors ignored: right after the outage this check may meet a pooled connection it cut (each
            // fails once, which also spares the next test classes); the consumers recover on their own.
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
                assertThat(count("SELECT count(*) FROM accountability_answers WHERE incident_id = ?"))
                        .isEqualTo(1);
                assertThat(count("SELECT count(*) FROM hotline_messages WHERE incident_id = ?"))
                        .isEqualTo(1);
                assertThat(count("SELECT count(*) FROM voice_messages WHERE incident_id = ?"))
                        .isEqualTo(1);
                assertThat(count("SELECT count(*) FROM recipient_events e JOIN recipients r USING (notification_id)"
                                + " WHERE r.incident_id = ? AND e.kind = 'SENT'"))
                        .isEqualTo(1);
            });
            String[] ids = {id(sent), id(reply), id(hotline), id(voice)};
            assertThat(deadLetters.recordsWithin(
                            record -> List.of(ids).stream().anyMatch(record.value()::contains), Duration.ofSeconds(2)))
                    .isEmpty();
        }
    }

    /** The outage lasts this long, whatever the consumers do meanwhile. */
    private static void waitOut(Duration outage) {
        long until = System.nanoTime() + outage.toNanos();
        Awaitility.await().atMost(outage.plusSeconds(1)).until(() -> System.nanoTime() >= until);
    }

    private ObjectNode event(String type, UUID notificationId) {
        ObjectNode node = (ObjectNode) json.readTree(ContractSamples.json(type, 1));
        node.put("eventId", UUID.randomUUID().toString());
        node.put("incidentId", incidentId.toString());
        node.put("occurredAt", Instant.now().toString());
        if (notificationId != null) {
            node.put("notificationId", notificationId.toString());
        }
        return node;
    }

    private static String id(ObjectNode event) {
        return event.get("eventId").asString();
    }

    private long count(String sql) {
        return new Fixtures(db).count(sql, incidentId);
    }

    private UUID notificationOf(UUID person) {
        return db.sql("SELECT notification_id FROM recipients WHERE incident_id = ? AND person_id = ?")
                .params(incidentId, person)
                .query(UUID.class)
                .optional()
                .orElse(null);
    }
}
