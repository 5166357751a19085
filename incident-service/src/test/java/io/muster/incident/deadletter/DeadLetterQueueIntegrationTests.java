package io.muster.incident.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.muster.contracts.ContractSamples;
import io.muster.incident.Fixtures;
import io.muster.incident.IncidentServiceIntegrationTest;
import io.muster.testkit.TestServers;
import io.muster.testkit.TopicProbe;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The dead-letter topics as a queue: listed with the reason (ADMIN), re-driven once the cause is fixed. */
@IncidentServiceIntegrationTest
class DeadLetterQueueIntegrationTests {

    private static final String DELIVERIES = "muster.delivery.v1";
    private static final String DEAD_DELIVERIES = DELIVERIES + ".DLT";

    @Autowired
    WebTestClient http;

    @Autowired
    JdbcClient db;

    @Autowired
    JsonMapper json;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Test
    void listsWhatAConsumerDeadLetteredWithItsReasonToAdministratorsOnly() {
        String marker = UUID.randomUUID().toString();
        try (TopicProbe deadLetters = TopicProbe.on(TestServers.shared().kafkaBootstrapServers(), DEAD_DELIVERIES)) {
            kafka.send(DELIVERIES, marker, "not json " + marker).join();
            deadLetters.awaitRecord(record -> marker.equals(record.key()), Duration.ofSeconds(30));
        }

        JsonNode listing = list();
        JsonNode dead = find(listing, record -> marker.equals(record.path("key").asString()));
        assertThat(dead.get("topic").asString()).isEqualTo(DEAD_DELIVERIES);
        assertThat(dead.get("originalTopic").asString()).isEqualTo(DELIVERIES);
        assertThat(dead.get("reason").asString()).contains("Undecodable");
        assertThat(dead.get("exception").asString()).isEqualTo("UnprocessableRecord");
        assertThat(dead.get("redrivenAt")).isEmpty();
        assertThat(dead.toString()).doesNotContain("not json");
        assertThat(listing.at("/topics/" + DEAD_DELIVERIES.replace("/", "~1")).asLong())
                .isPositive();
        http.get()
                .uri("/api/dead-letters")
                .headers(h -> h.setBasicAuth("commander", IncidentServiceIntegrationTest.PASSWORD))
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    @Test
    void aRecordReDrivenTwiceOnceItsCauseIsFixedTakesEffectOnce() {
        UUID incidentId = declare();
        UUID notificationId = db.sql("SELECT notification_id FROM recipients WHERE incident_id = ?")
                .param(incidentId)
                .query(UUID.class)
                .optional()
                .orElse(null);
        // a NotificationSent an earlier outage dead-lettered: the cause (the database) is gone now
        ObjectNode sent = (ObjectNode) json.readTree(ContractSamples.json("NotificationSent", 1));
        String eventId = UUID.randomUUID().toString();
        sent.put("eventId", eventId);
        sent.put("incidentId", incidentId.toString());
        sent.put("notificationId", notificationId.toString());
        sent.put("occurredAt", Instant.now().toString());
        var deadLettered = new ProducerRecord<>(DEAD_DELIVERIES, notificationId.toString(), sent.toString());
        deadLettered.headers().add(KafkaHeaders.DLT_ORIGINAL_TOPIC, DELIVERIES.getBytes(StandardCharsets.UTF_8));
        deadLettered
                .headers()
                .add(
                        KafkaHeaders.DLT_EXCEPTION_MESSAGE,
                        "Failed to obtain JDBC Connection".getBytes(StandardCharsets.UTF_8));
        kafka.send(deadLettered).join();

        JsonNode dead =
                find(list(), record -> eventId.equals(record.path("eventId").asString()));
        assertThat(dead.get("type").asString()).isEqualTo("NotificationSent");
        String place = dead.get("topic").asString() + "/"
                + dead.get("partition").asInt() + "/" + dead.get("offset").asLong();

        try (TopicProbe deliveries = TopicProbe.on(TestServers.shared().kafkaBootstrapServers(), DELIVERIES)) {
            assertThat(redrive(place).get("redrivenAt")).hasSize(1);
            assertThat(redrive(place).get("redrivenAt")).hasSize(2);
            assertThat(find(
                                    list(),
                                    record -> eventId.equals(
                                            record.path("eventId").asString()))
                            .get("redrivenAt"))
                    .hasSize(2);

            assertThat(deliveries.recordsWithin(record -> record.value().contains(eventId), Duration.ofSeconds(5)))
                    .hasSize(2);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> sentEvents(notificationId) == 1);
        assertThat(sentEvents(notificationId)).isEqualTo(1);
    }

    private long sentEvents(UUID notificationId) {
        return new Fixtures(db)
                .count(
                        "SELECT count(*) FROM recipient_events WHERE notification_id = ? AND kind = 'SENT'",
                        notificationId);
    }

    private JsonNode list() {
        return json.readTree(http.mutate()
                .responseTimeout(Duration.ofSeconds(60))
                .build()
                .get()
                .uri("/api/dead-letters?perPartition=500")
                .headers(h -> h.setBasicAuth("admin", IncidentServiceIntegrationTest.PASSWORD))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .returnResult()
                .getResponseBody());
    }

    private JsonNode redrive(String place) {
        return json.readTree(http.mutate()
                .responseTimeout(Duration.ofSeconds(60))
                .build()
                .post()
                .uri("/api/dead-letters/" + place + "/redrive")
                .headers(h -> h.setBasicAuth("admin", IncidentServiceIntegrationTest.PASSWORD))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .returnResult()
                .getResponseBody());
    }

    private static JsonNode find(JsonNode listing, java.util.function.Predicate<JsonNode> matching) {
        for (JsonNode record : listing.get("records")) {
            if (matching.test(record)) {
                return record;
            }
        }
        throw new AssertionError("not listed: " + listing);
    }

    private UUID declare() {
        String role = Fixtures.freshRole();
        new Fixtures(db).peopleInRole(role, 1);
        return UUID.fromString(json.readTree(http.post()
                        .uri("/api/incidents")
                        .headers(h -> h.setBasicAuth("commander", IncidentServiceIntegrationTest.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(Map.of(
                                "title",
                                "t",
                                "message",
                                "m",
                                "severity",
                                "LOW",
                                "notify",
                                Map.of("roles", List.of(role))))
                        .exchange()
                        .expectStatus()
                        .isCreated()
                        .expectBody()
                        .returnResult()
                        .getResponseBody())
                .get("id")
                .asString());
    }
}
