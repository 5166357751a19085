package io.muster.incident.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.muster.incident.Fixtures;
import io.muster.incident.IncidentServiceIntegrationTest;
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

@IncidentServiceIntegrationTest
class AuditTrailIntegrationTests {

    @Autowired
    WebTestClient http;

    @Autowired
    JdbcClient db;

    @Autowired
    JsonMapper json;

    @Test
    void declarationAndClosingAreInTheTrailAndItsCsvExport() {
        UUID incidentId = declaredAndClosedIncident();

        JsonNode trail = json.readTree(as("commander")
                .get()
                .uri("/api/incidents/{id}/audit", incidentId)
                .accept(MediaType.APPLICATION_JSON)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody());
        assertThat(trail).hasSize(2);
        assertThat(trail.get(0).get("action").asString()).isEqualTo("INCIDENT_DECLARED");
        assertThat(trail.get(0).get("actor").asString()).isEqualTo("commander");
        assertThat(trail.get(0).get("details").get("targeted").asInt()).isEqualTo(1);
        assertThat(trail.get(1).get("action").asString()).isEqualTo("INCIDENT_CLOSED");

        String csv = as("admin")
                .get()
                .uri("/api/incidents/{id}/audit", incidentId)
                .accept(MediaType.parseMediaType("text/csv"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("id,occurredAt,incidentId,actor,action,subject,details");
        assertThat(lines.get(1)).contains(",commander,INCIDENT_DECLARED,");
        assertThat(lines.get(2)).contains(",commander,INCIDENT_CLOSED,");
    }

    @Test
    void theTrailCannotBeRewritten() {
        UUID incidentId = declaredAndClosedIncident();

        assertThatThrownBy(() -> db.sql("UPDATE audit_log SET actor = 'someone-else' WHERE incident_id = ?")
                        .param(incidentId)
                        .update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> db.sql("DELETE FROM audit_log WHERE incident_id = ?")
                        .param(incidentId)
                        .update())
                .hasMessageContaining("append-only");
    }

    @Test
    void onlyCommandersAndAdminsReadIt() {
        UUID incidentId = declaredAndClosedIncident();
        for (String user : List.of("employee", "hr", "spokesperson")) {
            as(user).get()
                    .uri("/api/incidents/{id}/audit", incidentId)
                    .exchange()
                    .expectStatus()
                    .isForbidden();
        }
    }

    @Test
    void anUnknownIncidentIsAProblem() {
        as("commander")
                .get()
                .uri("/api/incidents/{id}/audit", UUID.randomUUID())
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:incident-not-found");
    }

    private UUID declaredAndClosedIncident() {
        var person = new Fixtures(db).person(Fixtures.freshRole(), "+15557100001", false);
        JsonNode created = json.readTree(as("commander")
                .post()
                .uri("/api/incidents")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of(
                        "title", "Audit drill",
                        "message", "Testing the audit trail.",
                        "severity", "LOW",
                        "notify", Map.of("employeeIds", List.of(person.employeeId()))))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody());
        UUID incidentId = UUID.fromString(created.get("id").asString());
        as("commander")
                .post()
                .uri("/api/incidents/{id}/close", incidentId)
                .exchange()
                .expectStatus()
                .isOk();
        return incidentId;
    }

    private WebTestClient as(String user) {
        return http.mutate()
                .defaultHeaders(h -> h.setBasicAuth(user, IncidentServiceIntegrationTest.PASSWORD))
                .build();
    }
}
