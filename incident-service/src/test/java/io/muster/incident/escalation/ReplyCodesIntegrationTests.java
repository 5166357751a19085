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

/**
 * A person's reply codes through consecutive and overlapping incidents: one code per incident, the
 * same on every request of it, and never one that another incident still answers (open, or closed
 * less than {@code muster.incidents.code-reuse-after} ago).
 */
@IncidentServiceIntegrationTest
class ReplyCodesIntegrationTests {

    private static final String NORMAL = "muster.notification-request.v1";

    @Autowired
    WebTestClient http;

    @Autowired
    JdbcClient db;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Test
    void aPersonNeverGetsACodeThatAnOpenOrRecentlyClosedIncidentStillAnswers() {
        TestPerson ada = new Fixtures(db).person(Fixtures.freshRole(), "+15557300001", true);

        UUID first = declareFor(ada);
        UUID overlapping = declareFor(ada);
        close(first);
        UUID afterTheFirstClosed = declareFor(ada);
        close(overlapping);
        close(afterTheFirstClosed);
        UUID afterAllClosed = declareFor(ada);

        assertThat(codeOf(ada, first)).isEqualTo("10");
        assertThat(codeOf(ada, overlapping)).isEqualTo("11");
        assertThat(codeOf(ada, afterTheFirstClosed)).isEqualTo("12");
        assertThat(codeOf(ada, afterAllClosed)).isEqualTo("13");
    }

    @Test
    void aClosedIncidentsCodeIsFreeAgainOnceItClosedLongerAgoThanTheReuseTime() {
        TestPerson ben = new Fixtures(db).person(Fixtures.freshRole(), "+15557300002", true);
        UUID old = declareFor(ben);
        UUID recent = declareFor(ben);
        close(old);
        close(recent);
        jdbc.sql("UPDATE incidents SET closed_at = now() - interval '9 days' WHERE id = ?")
                .param(old)
                .update();

        UUID next = declareFor(ben);

        assertThat(codeOf(ben, old)).isEqualTo("10");
        assertThat(codeOf(ben, recent)).isEqualTo("11");
        assertThat(codeOf(ben, next)).isEqualTo("10");
    }

    @Test
    void aLargeFanOutKeepsTheCodesOfItsPeoplesRecentlyClosedIncidents() {
        // Above 1,000 people the codes in use are read by incident, not looked up per person.
        BulkPeople people = BulkPeople.inFreshRole(jdbc, 1200, "+1556");
        List<String> busy = List.of(people.employeeId(3), people.employeeId(900));
        UUID closed = declare("Closed " + UUID.randomUUID(), Map.of("employeeIds", busy));
        close(closed);

        UUID large = declare("Large " + UUID.randomUUID(), Map.of("roles", List.of(people.role())));

        assertThat(jdbc.sql(
                                """
                                SELECT p.employee_id, r.reply_code FROM recipients r JOIN people p ON p.id = r.person_id
                                WHERE r.incident_id = ? AND r.reply_code <> '10'
                                """)
                        .param(large)
                        .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
                        .list())
                .containsExactlyInAnyOrder(Map.entry(busy.get(0), "11"), Map.entry(busy.get(1), "11"));
    }

    @Test
    void everyRequestOfAnIncidentToAPersonCarriesTheirOneCodeUpToTheAllClear() {
        TestPerson cleo = new Fixtures(db).person(Fixtures.freshRole(), "+15557300003", true);
        UUID other = declareFor(cleo);
        try (TopicProbe probe = TopicProbe.on(TestServers.shared().kafkaBootstrapServers(), NORMAL)) {
            UUID incident = declareFor(cleo);
            http.post()
                    .uri("/api/incidents/{id}/reminders", incident)
                    .headers(h -> h.setBasicAuth("hr", IncidentServiceIntegrationTest.PASSWORD))
                    .exchange()
                    .expectStatus()
                    .isOk();
            close(incident);

            List<JsonNode> requests = probe
                    .recordsWithin(
                            r -> r.key().equals(cleo.id().toString())
                                    && r.value().contains(incident.toString()),
                            Duration.ofSeconds(8))
                    .stream()
                    .map(r -> json.readTree(r.value()))
                    .toList();

            assertThat(requests)
                    .extracting(r -> r.get("purpose").asString())
                    .containsExactly("ALERT", "REMINDER", "ALL_CLEAR");
            assertThat(requests).extracting(r -> r.get("replyCode").asString()).containsOnly("11");
        }
        assertThat(codeOf(cleo, other)).isEqualTo("10");
    }

    private UUID declareFor(TestPerson person) {
        return declare("Codes " + UUID.randomUUID(), Map.of("employeeIds", List.of(person.employeeId())));
    }

    private UUID declare(String title, Map<String, Object> notify) {
        byte[] body = http.post()
                .uri("/api/incidents")
                .headers(h -> h.setBasicAuth("commander", IncidentServiceIntegrationTest.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("title", title, "message", "Are you safe?", "severity", "HIGH", "notify", notify))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody()
                .returnResult()
                .getResponseBody();
        return UUID.fromString(json.readTree(body).get("id").asString());
    }

    private void close(UUID incident) {
        http.post()
                .uri("/api/incidents/{id}/close", incident)
                .headers(h -> h.setBasicAuth("commander", IncidentServiceIntegrationTest.PASSWORD))
                .exchange()
                .expectStatus()
                .isOk();
    }

    private String codeOf(TestPerson person, UUID incident) {
        return jdbc.sql("SELECT reply_code FROM recipients WHERE incident_id = ? AND person_id = ?")
                .param(incident)
                .param(person.id())
                .query(String.class)
                .single();
    }
}
