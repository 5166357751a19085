package io.muster.incident.recipient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.muster.contracts.ContractSamples;
import io.muster.incident.Fixtures;
import io.muster.incident.Fixtures.TestPerson;
import io.muster.incident.IncidentServiceIntegrationTest;
import io.muster.testkit.TestServers;
import io.muster.testkit.TopicProbe;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
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
class RecipientEventsIntegrationTests {

    private static final String DELIVERIES = "muster.delivery.v1";
    private static final String REPLIES = "muster.reply.v1";
    private static final Instant T0 = Instant.parse("2026-11-21T09:15:02.301Z");

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

    @BeforeEach
    void declaredIncidentForTwoPeople() {
        http = http.mutate().responseTimeout(Duration.ofSeconds(30)).build(); // a loaded build box
        String role = Fixtures.freshRole();
        List<TestPerson> people = new Fixtures(db).peopleInRole(role, 2);
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
    void deliveriesAndAnswersShowInTheCountsAndEachPersonsHistory() {
        publish(DELIVERIES, event("NotificationSent", ada, T0));
        publish(DELIVERIES, event("NotificationDelivered", ada, T0.plusSeconds(1)));
        publish(REPLIES, event("ReplyReceived", ada, T0.plusSeconds(60)));
        publish(DELIVERIES, event("NotificationFailed", bob, T0.plusSeconds(2)));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(counts())
                .containsEntry("targeted", 2)
                .containsEntry("sent", 1)
                .containsEntry("delivered", 1)
                .containsEntry("failed", 1)
                .containsEntry("answered", 1)
                .containsEntry("safe", 1)
                .containsEntry("needHelp", 0)
                .containsEntry("noAnswer", 1));
        JsonNode recipient = recipientWith(ada);
        assertThat(recipient.get("state").asString()).isEqualTo("SAFE");
        assertThat(recipient.get("answerChannel").asString()).isEqualTo("SMS");
        assertThat(recipient.get("channels").findValuesAsString("status"))
                .containsExactly("SENT", "DELIVERED", "ANSWERED");
    }

    @Test
    void theSameEventTwiceIsCountedOnce() {
        String sent = event("NotificationSent", ada, T0);
        publish(DELIVERIES, sent);
        publish(DELIVERIES, sent);
        publish(DELIVERIES, event("NotificationDelivered", ada, T0.plusSeconds(1)));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                        recipientWith(ada).get("channels").findValuesAsString("status"))
                .containsExactly("SENT", "DELIVERED"));
        assertThat(counts()).containsEntry("sent", 1).containsEntry("delivered", 1);
    }

    @Test
    void theLatestAnswerWinsWhateverOrderTheyArriveIn() {
        publish(REPLIES, reply(ada, T0.plusSeconds(120), "NEEDS_HELP"));
        publish(REPLIES, reply(ada, T0.plusSeconds(60), "SAFE"));

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(
                        () -> assertThat(recipientWith(ada).get("channels")).hasSize(2));
        assertThat(recipientWith(ada).get("state").asString()).isEqualTo("NEEDS_HELP");
        assertThat(counts()).containsEntry("needHelp", 1).containsEntry("safe", 0);
    }

    @Test
    void undecodableUnknownTypeAndUnknownNotificationRecordsGoToTheDeadLetterTopicWithTheReason() {
        String marker = UUID.randomUUID().toString();
        ObjectNode unknownType = (ObjectNode) json.readTree(event("NotificationSent", ada, T0));
        unknownType.put("type", "NotificationTeleported");
        unknownType.put("marker", marker);
        String unknownNotification = event("NotificationSent", UUID.randomUUID(), T0);

        publish(DELIVERIES, "not json " + marker);
        publish(DELIVERIES, unknownType.toString());
        publish(REPLIES, unknownNotification);

        try (TopicProbe dlt =
                TopicProbe.on(TestServers.shared().kafkaBootstrapServers(), DELIVERIES + ".DLT", REPLIES + ".DLT")) {
            assertThat(reason(dlt, r -> r.value().equals("not json " + marker))).contains("Undecodable");
            assertThat(reason(dlt, r -> r.value().contains(marker) && r.value().contains("Teleported")))
                    .contains("Unknown event type 'NotificationTeleported'");
            assertThat(reason(dlt, r -> r.value().equals(unknownNotification))).contains("Unknown notificationId");
        }
    }

    @Test
    void aPollOfRepliesWithAnUnknownNotificationRecordsEveryOtherAnswerOnceAndDeadLettersTheUnknownOne() {
        // Sent together, so that the replies listener most likely reads them in one poll (one
        // transaction for all); the outcome must be the same however they are split.
        String unknown = reply(UUID.randomUUID(), T0.plusSeconds(30), "SAFE");
        String bobNeedsHelp = reply(bob, T0.plusSeconds(40), "NEEDS_HELP");
        List<String> poll = List.of(
                reply(ada, T0.plusSeconds(90), "SAFE"),
                unknown,
                bobNeedsHelp,
                reply(ada, T0.plusSeconds(20), "NEEDS_HELP"), // earlier: recorded, but not ada's state
                bobNeedsHelp); // the same event again
        try (TopicProbe dlt = TopicProbe.on(TestServers.shared().kafkaBootstrapServers(), REPLIES + ".DLT")) {
            poll.forEach(value -> kafka.send(REPLIES, incidentId.toString(), value));
            kafka.flush();

            assertThat(reason(dlt, r -> r.value().equals(unknown))).contains("Unknown notificationId");
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(recipientWith(ada).get("channels")).hasSize(2);
            assertThat(recipientWith(bob).get("channels")).hasSize(1);
        });
        assertThat(recipientWith(ada).get("state").asString()).isEqualTo("SAFE");
        assertThat(recipientWith(bob).get("state").asString()).isEqualTo("NEEDS_HELP");
        assertThat(new Fixtures(db)
                        .count("SELECT count(*) FROM accountability_answers WHERE incident_id = ?", incidentId))
                .isEqualTo(3);
        assertThat(new Fixtures(db)
                        .count(
                                "SELECT count(*) FROM audit_log WHERE incident_id = ? AND action = 'ANSWER_RECORDED'",
                                incidentId))
                .isEqualTo(3);
        assertThat(new Fixtures(db)
                        .count(
                                "SELECT count(*) FROM tasks WHERE incident_id = ? AND help_person_id IS NOT NULL",
                                incidentId))
                .isEqualTo(2); // one per person who asked for help, as when answers come one by one
    }

    private static String reason(
            TopicProbe dlt, java.util.function.Predicate<ConsumerRecord<String, String>> matching) {
        Header header =
                dlt.awaitRecord(matching, Duration.ofSeconds(20)).headers().lastHeader("kafka_dlt-exception-message");
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    private String event(String type, UUID notificationId, Instant occurredAt) {
        ObjectNode node = (ObjectNode) json.readTree(ContractSamples.json(type, 1));
        node.put("eventId", UUID.randomUUID().toString());
        node.put("incidentId", incidentId.toString());
        node.put("notificationId", notificationId.toString());
        node.put("occurredAt", occurredAt.toString());
        return node.toString();
    }

    private String reply(UUID notificationId, Instant occurredAt, String answer) {
        ObjectNode node = (ObjectNode) json.readTree(event("ReplyReceived", notificationId, occurredAt));
        node.put("answer", answer);
        return node.toString();
    }

    private void publish(String topic, String value) {
        String key = topic.equals(REPLIES) ? incidentId.toString() : ada.toString();
        kafka.send(topic, key, value).join();
    }

    private Map<String, Integer> counts() {
        JsonNode counts = incident().get("counts");
        return counts.propertyNames().stream()
                .collect(java.util.stream.Collectors.toMap(
                        name -> name, name -> counts.get(name).asInt()));
    }

    private JsonNode recipientWith(UUID notificationId) {
        UUID person = db.sql("SELECT person_id FROM recipients WHERE notification_id = ?")
                .param(notificationId)
                .query(UUID.class)
                .optional()
                .orElse(null);
        for (JsonNode recipient : incident().get("recipients")) {
            if (recipient.get("personId").asString().equals(person.toString())) {
                return recipient;
            }
        }
        throw new AssertionError("No recipient " + person);
    }

    private JsonNode incident() {
        return json.readTree(http.get()
                .uri("/api/incidents/" + incidentId)
                .headers(h -> h.setBasicAuth("hr", IncidentServiceIntegrationTest.PASSWORD))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .returnResult()
                .getResponseBody());
    }

    private UUID notificationOf(UUID person) {
        return db.sql("SELECT notification_id FROM recipients WHERE incident_id = ? AND person_id = ?")
                .params(incidentId, person)
                .query(UUID.class)
                .optional()
                .orElse(null);
    }
}
