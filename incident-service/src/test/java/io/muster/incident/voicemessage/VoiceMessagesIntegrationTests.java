package io.muster.incident.voicemessage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.muster.contracts.ContractSamples;
import io.muster.incident.Fixtures;
import io.muster.incident.IncidentServiceIntegrationTest;
import io.muster.incident.OperationsFixtures;
import io.muster.testkit.TestServers;
import io.muster.testkit.TopicProbe;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The incident-service's half of a voice message left on the hotline: VoiceMessageLeft on the real
 * replies topic becomes one notice to the recipient (SMS, asking nothing), an audit entry and a line in
 * the incident's list; an event naming nobody we know is dead-lettered with the reason.
 */
@IncidentServiceIntegrationTest
class VoiceMessagesIntegrationTests {

    private static final String PASSWORD = IncidentServiceIntegrationTest.PASSWORD;
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String[] REQUESTS = {
        "muster.notification-request.v1", "muster.notification-request.priority.v1"
    };

    @Autowired
    WebTestClient http;

    @Autowired
    JdbcClient db;

    @Autowired
    JsonMapper json;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    KafkaTemplate<String, String> kafka;

    private UUID incidentId;
    private Fixtures.TestPerson from;
    private Fixtures.TestPerson to;

    @BeforeEach
    void incidentWithTwoColleagues() {
        http = http.mutate().responseTimeout(Duration.ofSeconds(30)).build();
        incidentId =
                new OperationsFixtures(http, db, json).withTeamLogin(encoder).declare("GENERAL");
        var people = new Fixtures(db).peopleInRole(Fixtures.freshRole(), 2);
        from = people.get(0);
        to = people.get(1);
    }

    @Test
    void aMessageLeftTwiceTellsTheRecipientOnceBySmsIsAuditedAndListed() {
        ObjectNode event = event(incidentId, from.id(), to.id());
        String title = db.sql("SELECT title FROM incidents WHERE id = ?")
                .param(incidentId)
                .query(String.class)
                .single();

        try (TopicProbe requests = TopicProbe.on(TestServers.shared().kafkaBootstrapServers(), REQUESTS)) {
            publish(event);
            publish(event);
            Predicate<ConsumerRecord<String, String>> voiceMessageFor = r -> r.key()
                            .equals(to.id().toString())
                    && "VOICE_MESSAGE"
                            .equals(json.readTree(r.value()).path("purpose").asString(""));
            requests.awaitRecord(voiceMessageFor, WAIT);
            List<ConsumerRecord<String, String>> told = requests.recordsWithin(voiceMessageFor, Duration.ofSeconds(5));
            assertThat(told).hasSize(1);
            JsonNode notice = json.readTree(told.get(0).value());
            assertThat(notice.get("incidentId").asString()).isEqualTo(incidentId.toString());
            assertThat(notice.get("subject").asString()).isEqualTo("Test " + from.employeeId());
            assertThat(notice.get("body").asString()).isEqualTo(title);
            assertThat(notice.get("replyOptions")).isEmpty();
            assertThat(notice.get("channels").findValuesAsString("channel")).containsExactly("SMS");
            assertThat(notice.toString()).doesNotContain("Recordings/");
        }

        List<JsonNode> listed = list(OperationsFixtures.TEAM);
        assertThat(listed).hasSize(1);
        JsonNode message = listed.get(0);
        assertThat(message.get("fromPersonId").asString()).isEqualTo(from.id().toString());
        assertThat(message.get("fromName").asString()).isEqualTo("Test " + from.employeeId());
        assertThat(message.get("toPersonId").asString()).isEqualTo(to.id().toString());
        assertThat(message.get("toName").asString()).isEqualTo("Test " + to.employeeId());
        assertThat(message.get("durationSeconds").asInt()).isEqualTo(14);
        assertThat(message.get("notified").asBoolean()).isTrue();
        assertThat(message.has("recordingUrl")).isFalse();

        List<String> audit = db.sql(
                        "SELECT details::text FROM audit_log WHERE action = 'VOICE_MESSAGE_LEFT' AND incident_id = ?")
                .param(incidentId)
                .query(String.class)
                .list();
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0))
                .contains(from.id().toString(), to.id().toString())
                .doesNotContain("Recordings/");
    }

    /** exercise is optional in v1 (a publisher that leaves it out means a real incident): read, never dead-lettered. */
    @Test
    void aMessageWithoutTheExerciseFieldIsStoredAndTold() {
        ObjectNode event = event(incidentId, from.id(), to.id());
        event.remove("exercise");

        try (TopicProbe requests = TopicProbe.on(TestServers.shared().kafkaBootstrapServers(), REQUESTS)) {
            publish(event);
            requests.awaitRecord(voiceMessageFor(to.id()), WAIT);
        }
        assertThat(list(OperationsFixtures.TEAM)).hasSize(1);
    }

    /**
     * A message arriving after its incident was closed (the caller recorded it just before the close, or the event
     * waited out an outage) is kept with the incident and audited, but nobody is told: the closed incident's people
     * were sent the all-clear, and a "message waits" SMS would reopen a finished day for them.
     */
    @Test
    void aMessageForAClosedIncidentIsKeptAndAuditedButNobodyIsTold() {
        new OperationsFixtures(http, db, json).close(incidentId);
        ObjectNode event = event(incidentId, from.id(), to.id());

        try (TopicProbe requests = TopicProbe.on(TestServers.shared().kafkaBootstrapServers(), REQUESTS)) {
            publish(event);
            List<JsonNode> listed = await().atMost(WAIT).until(() -> list(OperationsFixtures.TEAM), l -> l.size() == 1);
            assertThat(listed.get(0).get("notified").asBoolean()).isFalse();
            assertThat(requests.recordsWithin(voiceMessageFor(to.id()), Duration.ofSeconds(3)))
                    .isEmpty();
        }
        assertThat(db.sql("SELECT details::text FROM audit_log WHERE action = 'VOICE_MESSAGE_LEFT' AND incident_id = ?")
                        .param(incidentId)
                        .query(String.class)
                        .single())
                .contains("\"notified\": false", "\"incidentClosed\": true");
    }

    /**
     * A message for a team reaches every member of the role the incident asked but the caller, once each, and
     * nobody of the role outside the incident; each notice carries the person's roles (what the hotline's teams are
     * made of).
     */
    @Test
    void aMessageForATeamTellsEachMemberOfTheIncidentOnceAndNobodyOutsideIt() {
        String role = Fixtures.freshRole();
        var team = new Fixtures(db).peopleInRole(role, 4);
        Fixtures.TestPerson caller = team.get(0);
        List<Fixtures.TestPerson> members = List.of(team.get(1), team.get(2));
        Fixtures.TestPerson outside = team.get(3);
        for (Fixtures.TestPerson person : List.of(caller, members.get(0), members.get(1))) {
            db.sql(
                            """
                            INSERT INTO recipients (incident_id, person_id, notification_id, reply_code, state)
                            VALUES (?, ?, gen_random_uuid(), ?, 'NO_RESPONSE')""")
                    .params(incidentId, person.id(), String.valueOf(10 + (int) (Math.random() * 80)))
                    .update();
        }
        ObjectNode event = event(incidentId, caller.id(), null);
        event.remove("toPersonId");
        event.put("toRole", role);

        try (TopicProbe requests = TopicProbe.on(TestServers.shared().kafkaBootstrapServers(), REQUESTS)) {
            publish(event);
            publish(event);
            for (Fixtures.TestPerson member : members) {
                JsonNode notice = json.readTree(
                        requests.awaitRecord(voiceMessageFor(member.id()), WAIT).value());
                assertThat(notice.get("subject").asString()).isEqualTo("Test " + caller.employeeId());
                assertThat(notice.get("roles").valueStream().map(JsonNode::asString))
                        .containsExactly(role);
            }
            Predicate<ConsumerRecord<String, String>> anyOfTheRole = r -> team.stream()
                            .anyMatch(p -> r.key().equals(p.id().toString()))
                    && "VOICE_MESSAGE"
                            .equals(json.readTree(r.value()).path("purpose").asString(""));
            assertThat(requests.recordsWithin(anyOfTheRole, Duration.ofSeconds(3)))
                    .extracting(ConsumerRecord::key)
                    .containsExactlyInAnyOrder(
                            members.get(0).id().toString(), members.get(1).id().toString());
        }
        List<JsonNode> listed = await().atMost(WAIT).until(() -> list("hr"), l -> l.size() == 1);
        assertThat(listed.get(0).get("toRole").asString()).isEqualTo(role);
        assertThat(listed.get(0).get("members").asInt()).isEqualTo(2);
        assertThat(listed.get(0).get("notified").asBoolean()).isTrue();
        assertThat(listed.get(0).has("toPersonId")).isFalse();
        assertThat(db.sql("SELECT details::text FROM audit_log WHERE action = 'VOICE_MESSAGE_LEFT' AND incident_id = ?")
                        .param(incidentId)
                        .query(String.class)
                        .single())
                .contains(role, "\"members\": 2", "\"notifiedMembers\": 2")
                .doesNotContain(outside.id().toString());
    }

    /**
     * Playing a message in the console is for its recipients, commanders and HR: a team login that is none of its
     * recipients is told there is no such message; HR gets past that check to the recording guard (here no provider
     * account is configured, so the guard refuses to fetch anything).
     */
    @Test
    void onlyItsRecipientsCommandersAndHrMayPlayAMessage() {
        publish(event(incidentId, from.id(), to.id()));
        String messageId = await().atMost(WAIT)
                .until(() -> list(OperationsFixtures.TEAM), l -> l.size() == 1)
                .get(0)
                .get("id")
                .asString();
        String audio = "/api/incidents/" + incidentId + "/voice-messages/" + messageId + "/audio";

        http.get()
                .uri(audio)
                .headers(h -> h.setBasicAuth(OperationsFixtures.TEAM, PASSWORD))
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectBody()
                .jsonPath("$.type")
                .value(type -> assertThat(type.toString()).endsWith("voice-message-not-found"));
        http.get()
                .uri(audio)
                .headers(h -> h.setBasicAuth("hr", PASSWORD))
                .exchange()
                .expectStatus()
                .isEqualTo(422);
        http.get()
                .uri("/api/incidents/" + incidentId + "/voice-messages/" + UUID.randomUUID() + "/audio")
                .headers(h -> h.setBasicAuth("hr", PASSWORD))
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    private Predicate<ConsumerRecord<String, String>> voiceMessageFor(UUID person) {
        return r -> r.key().equals(person.toString())
                && "VOICE_MESSAGE"
                        .equals(json.readTree(r.value()).path("purpose").asString(""));
    }

    @Test
    void employeesDoNotSeeTheMessages() {
        http.get()
                .uri("/api/incidents/{id}/voice-messages", incidentId)
                .headers(h -> h.setBasicAuth("employee", PASSWORD))
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    @Test
    void aMessageForAnUnknownPersonOrIncidentGoesToTheDeadLetterTopicWithTheReason() {
        try (TopicProbe deadLetters =
                TopicProbe.on(TestServers.shared().kafkaBootstrapServers(), "muster.reply.v1.DLT")) {
            ObjectNode nobody = event(incidentId, from.id(), UUID.randomUUID());
            ObjectNode noIncident = event(UUID.randomUUID(), from.id(), to.id());
            publish(nobody);
            publish(noIncident);

            deadLetters.awaitRecord(
                    r -> r.value().contains(nobody.get("eventId").asString())
                            && reason(r).contains("unknown person"),
                    WAIT);
            deadLetters.awaitRecord(
                    r -> r.value().contains(noIncident.get("eventId").asString())
                            && reason(r).contains("unknown incident"),
                    WAIT);
        }
        assertThat(list("hr")).isEmpty();
    }

    private List<JsonNode> list(String login) {
        return await().atMost(WAIT)
                .until(
                        () -> json.readTree(http.get()
                                        .uri("/api/incidents/{id}/voice-messages", incidentId)
                                        .headers(h -> h.setBasicAuth(login, PASSWORD))
                                        .exchange()
                                        .expectStatus()
                                        .isOk()
                                        .expectBody()
                                        .returnResult()
                                        .getResponseBody())
                                .valueStream()
                                .toList(),
                        list -> list != null);
    }

    private ObjectNode event(UUID incident, UUID fromPerson, @Nullable UUID toPerson) {
        ObjectNode event = (ObjectNode) json.readTree(ContractSamples.json("VoiceMessageLeft", 1));
        event.put("eventId", UUID.randomUUID().toString());
        event.put("incidentId", incident.toString());
        event.put("fromPersonId", fromPerson.toString());
        event.put("toPersonId", String.valueOf(toPerson));
        event.put("occurredAt", Instant.now().toString());
        return event;
    }

    private void publish(ObjectNode event) {
        kafka.send("muster.reply.v1", event.get("incidentId").asString(), event.toString())
                .join();
    }

    private static String reason(ConsumerRecord<String, String> record) {
        Header header = record.headers().lastHeader("kafka_dlt-exception-message");
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }
}
