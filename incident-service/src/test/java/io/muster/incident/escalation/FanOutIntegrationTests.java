package io.muster.incident.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.incident.BulkPeople;
import io.muster.incident.Fixtures;
import io.muster.incident.Fixtures.TestPerson;
import io.muster.incident.IncidentServiceIntegrationTest;
import io.muster.testkit.TestServers;
import io.muster.testkit.TopicProbe;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A declaration's fan-out: who it reaches, and the first requests the relay renders for them. */
@IncidentServiceIntegrationTest
class FanOutIntegrationTests {

    private static final String NORMAL = "muster.notification-request.v1";

    @Autowired
    WebTestClient http;

    @Autowired
    JdbcClient db;

    @Autowired
    JsonMapper json;

    @Autowired
    DeferredRequests deferred;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRoleWithoutMembersIsRefusedByNameAndNothingIsSaved() {
        String empty = Fixtures.freshRole();
        db.sql("INSERT INTO roles (name) VALUES (?)").param(empty).update();
        TestPerson someone = new Fixtures(db).person(Fixtures.freshRole(), "+15557200001", false);
        String title = "Empty role " + UUID.randomUUID();

        JsonNode problem =
                declare(title, Map.of("roles", List.of(empty), "employeeIds", List.of(someone.employeeId())), 422);

        assertThat(problem.get("type").asString()).isEqualTo("urn:muster:problem:empty-roles");
        assertThat(problem.get("emptyRoles").toString()).isEqualTo("[\"" + empty + "\"]");
        assertThat(new Fixtures(db).count("SELECT count(*) FROM incidents WHERE title = ?", title))
                .isZero();
    }

    @Test
    void aFirstRequestIsQueuedNarrowAndRenderedTheSameEveryTimeWithTheEmployeeId() {
        String role = Fixtures.freshRole();
        TestPerson person = new Fixtures(db).person(role, "+15557200002", true);
        try (TopicProbe probe = TopicProbe.on(TestServers.shared().kafkaBootstrapServers(), NORMAL)) {
            UUID incident = UUID.fromString(declare("Narrow " + UUID.randomUUID(), Map.of("roles", List.of(role)), 201)
                    .get("id")
                    .asString());

            var published = probe.awaitRecord(
                    r -> r.key().equals(person.id().toString()) && r.value().contains(incident.toString()),
                    Duration.ofSeconds(25));

            JsonNode request = json.readTree(published.value());
            assertThat(request.get("employeeId").asString()).isEqualTo(person.employeeId());
            assertThat(request.get("step").asInt()).isZero();
            UUID notificationId = UUID.fromString(request.get("notificationId").asString());
            assertThat(queuedPayloadOf(notificationId)).isEqualTo("<none>");
            String again = deferred.render(List.of(notificationId)).get(notificationId);
            assertThat(again).isEqualTo(published.value());
        }
    }

    @Test
    void aLargeFanOutGivesPeopleWithAnotherOpenIncidentTheirOwnCodeAndEveryoneElseTheFirst() {
        // Above 1,000 people the codes in use are read by open incident, not looked up per person.
        BulkPeople people = BulkPeople.inFreshRole(jdbc, 1200, "+1555");
        String role = people.role();
        String prefix = people.prefix();
        List<String> busy = List.of(prefix + 7, prefix + 600, prefix + 1200);
        UUID first = UUID.fromString(declare("First " + UUID.randomUUID(), Map.of("employeeIds", busy), 201)
                .get("id")
                .asString());

        UUID second = UUID.fromString(declare("Second " + UUID.randomUUID(), Map.of("roles", List.of(role)), 201)
                .get("id")
                .asString());

        assertThat(codesByEmployee(first, busy))
                .containsOnly(Map.entry(busy.get(0), "10"), Map.entry(busy.get(1), "10"), Map.entry(busy.get(2), "10"));
        assertThat(codesByEmployee(second, busy))
                .containsOnly(Map.entry(busy.get(0), "11"), Map.entry(busy.get(1), "11"), Map.entry(busy.get(2), "11"));
        assertThat(new Fixtures(db)
                        .count("SELECT count(*) FROM recipients WHERE incident_id = ? AND reply_code = '10'", second))
                .isEqualTo(1197);
        // Written by binary COPY: every field as the fan-out meant it.
        assertThat(new Fixtures(db)
                        .count(
                                """
                                SELECT count(*) FROM recipients r JOIN incidents i ON i.id = r.incident_id
                                WHERE r.incident_id = ? AND r.notified_at = i.declared_at AND r.state = 'NO_RESPONSE'
                                  AND r.level = 0 AND r.deputy_for IS NULL AND r.cohort IS NOT NULL
                                """,
                                second))
                .isEqualTo(1200);
    }

    private Map<String, String> codesByEmployee(UUID incident, List<String> employeeIds) {
        Map<String, String> codes = new java.util.HashMap<>();
        db.sql("SELECT p.employee_id, r.reply_code FROM recipients r JOIN people p ON p.id = r.person_id "
                        + "WHERE r.incident_id = ? AND p.employee_id = ANY(?)")
                .params(incident, employeeIds.toArray(String[]::new))
                .query(rs -> {
                    codes.put(rs.getString(1), rs.getString(2));
                });
        return codes;
    }

    private String queuedPayloadOf(UUID notificationId) {
        // One row for the person's whole cohort (the relay renders its members' requests).
        return db.sql(
                        "SELECT coalesce(o.payload, '<none>') AS payload FROM outbox o JOIN recipients r ON r.cohort = o.cohort "
                                + "WHERE r.notification_id = ?")
                .param(notificationId)
                .query((rs, n) -> rs.getString("payload"))
                .optional()
                .orElse(null);
    }

    private JsonNode declare(String title, Map<String, Object> notify, int status) {
        // A generous timeout: the build machine is shared, and a cold JVM's first declaration is slow.
        byte[] body = http.mutate()
                .responseTimeout(Duration.ofSeconds(30))
                .build()
                .post()
                .uri("/api/incidents")
                .headers(h -> h.setBasicAuth("commander", IncidentServiceIntegrationTest.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("title", title, "message", "m", "severity", "HIGH", "notify", notify))
                .exchange()
                .expectStatus()
                .isEqualTo(status)
                .expectBody()
                .returnResult()
                .getResponseBody();
        return json.readTree(body);
    }
}
