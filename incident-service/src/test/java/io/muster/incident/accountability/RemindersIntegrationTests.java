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
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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
class RemindersIntegrationTests {

    private static final String REQUESTS = "muster.notification-request.v1";
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired
    WebTestClient http;

    @Autowired
    JdbcClient db;

    @Autowired
    JsonMapper json;

    @Autowired
    KafkaTemplate<String, String> kafka;

    private Scenario scenario;
    private List<UUID> people;
    private UUID incident;

    @BeforeEach
    void incidentForThreePeopleOfWhomOneAnswered() {
        scenario = new Scenario(http, db, json, kafka);
        people = new Fixtures(db)
                .peopleInRole(Fixtures.freshRole(), 3).stream()
                        .map(TestPerson::id)
                        .toList();
        incident = scenario.declareFor(people);
        scenario.reply(
                incident, scenario.notificationOf(incident, people.get(0)), "SAFE", "SMS", Instant.now(), Map.of());
        await().atMost(WAIT).until(() -> scenario.people(incident)
                .get(people.get(0))
                .get("state")
                .asString()
                .equals("SAFE"));
    }

    @Test
    void remindersReachOnlyTheNonRespondersWithTheirReplyCode() {
        JsonNode result = scenario.read(scenario.as("hr")
                .post()
                .uri("/api/incidents/{id}/reminders", incident)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody());

        assertThat(result.get("reminded").asInt()).isEqualTo(2);
        try (TopicProbe requests = TopicProbe.on(TestServers.shared().kafkaBootstrapServers(), REQUESTS)) {
            requests.awaitRecord(reminderTo(people.get(1)), WAIT);
            requests.awaitRecord(reminderTo(people.get(2)), WAIT);
            List<ConsumerRecord<String, String>> all = requests.recordsWithin(isReminder(), Duration.ofSeconds(1));
            assertThat(all)
                    .extracting(ConsumerRecord::key)
                    .containsExactlyInAnyOrder(
                            people.get(1).toString(), people.get(2).toString());
            JsonNode reminder = json.readTree(all.get(0).value());
            UUID person = UUID.fromString(reminder.get("personId").asString());
            assertThat(reminder.get("replyCode").asString()).isEqualTo(replyCodeOf(person));
            // The bare title and the commander's words: the notifier says "Reminder" in the person's language.
            assertThat(reminder.get("subject").asString()).startsWith("Roll call ");
            assertThat(reminder.get("body").asString()).isEqualTo("Are you safe?");
            // These people have no site, so no alternate site to answer "3" with (AlternateSiteAnswerIntegrationTests).
            assertThat(reminder.get("replyOptions").findValuesAsString("answer"))
                    .containsExactly("SAFE", "NEEDS_HELP");

            UUID reminderId = UUID.fromString(reminder.get("notificationId").asString());
            scenario.reply(incident, reminderId, "NEEDS_HELP", "SMS", Instant.now(), Map.of());
            await().atMost(WAIT).until(() -> scenario.people(incident)
                    .get(person)
                    .get("state")
                    .asString()
                    .equals("NEEDS_HELP"));
        }
    }

    @Test
    void aScheduledReminderFiresWhenDueAndMovesTheScheduleOn() {
        JsonNode schedule = scenario.read(scenario.as("commander")
                .put()
                .uri("/api/incidents/{id}/reminders/schedule", incident)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("reminderEvery", "PT10M"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody());
        assertThat(schedule.get("reminderEvery").asString()).isEqualTo("PT10M");

        // Ten minutes pass: the timer is made due rather than waited for.
        db.sql("UPDATE reminder_schedules SET next_at = now() - interval '1 second' WHERE incident_id = ?")
                .param(incident)
                .update();

        try (TopicProbe requests = TopicProbe.on(TestServers.shared().kafkaBootstrapServers(), REQUESTS)) {
            requests.awaitRecord(reminderTo(people.get(1)), WAIT);
            assertThat(requests.recordsWithin(isReminder(), Duration.ofSeconds(3)))
                    .hasSize(2);
        }
        Instant next = Instant.parse(scenario.getJson("hr", "/api/incidents/" + incident + "/reminders/schedule")
                .get("nextAt")
                .asString());
        assertThat(next).isAfter(Instant.now().plus(Duration.ofMinutes(9)));
    }

    @Test
    void noRemindersForAClosedIncidentAndNoScheduleShorterThanAMinute() {
        scenario.as("commander")
                .put()
                .uri("/api/incidents/{id}/reminders/schedule", incident)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("reminderEvery", "PT1S"))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:validation");
        scenario.as("commander")
                .put()
                .uri("/api/incidents/{id}/reminders/schedule", incident)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("reminderEvery", "soon"))
                .exchange()
                .expectStatus()
                .isBadRequest();
        scenario.as("employee")
                .post()
                .uri("/api/incidents/{id}/reminders", incident)
                .exchange()
                .expectStatus()
                .isForbidden();
        scenario.close(incident);

        scenario.as("hr")
                .post()
                .uri("/api/incidents/{id}/reminders", incident)
                .exchange()
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:incident-closed");
    }

    private Predicate<ConsumerRecord<String, String>> isReminder() {
        return record -> {
            JsonNode request = json.readTree(record.value());
            return request.get("incidentId").asString().equals(incident.toString())
                    && "REMINDER".equals(request.path("purpose").asString())
                    && !request.has("step");
        };
    }

    private Predicate<ConsumerRecord<String, String>> reminderTo(UUID person) {
        return isReminder().and(record -> record.key().equals(person.toString()));
    }

    private String replyCodeOf(UUID person) {
        return db.sql("SELECT reply_code FROM recipients WHERE incident_id = ? AND person_id = ?")
                .params(incident, person)
                .query(String.class)
                .optional()
                .orElse(null);
    }
}
