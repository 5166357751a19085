package io.muster.incident.security;

import io.muster.incident.IncidentServiceIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@IncidentServiceIntegrationTest
class ApiSecurityIntegrationTests {

    private static final Map<String, Object> DECLARATION =
            Map.of("title", "t", "message", "m", "severity", "LOW", "notify", Map.of("employeeIds", List.of("E001")));

    @Autowired
    WebTestClient http;

    /** Generating the API description cold can take longer than the client's default 5 s on a busy machine. */
    @BeforeEach
    void patientClient() {
        http = http.mutate().responseTimeout(java.time.Duration.ofSeconds(30)).build();
    }

    @Test
    void aRequestWithoutCredentialsIsUnauthorizedAsAProblem() {
        http.get()
                .uri("/api/incidents")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .exists(HttpHeaders.WWW_AUTHENTICATE)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:unauthenticated");
    }

    @Test
    void aWrongPasswordIsUnauthorized() {
        http.get()
                .uri("/api/incidents")
                .headers(h -> h.setBasicAuth("commander", "not-the-password"))
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }

    @Test
    void anEmployeeMayNotDeclareAnIncident() {
        http.post()
                .uri("/api/incidents")
                .headers(h -> h.setBasicAuth("employee", IncidentServiceIntegrationTest.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(DECLARATION)
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:forbidden");
    }

    @Test
    void anEmployeeMayNotViewIncidentsYet() {
        http.get()
                .uri("/api/incidents")
                .headers(h -> h.setBasicAuth("employee", IncidentServiceIntegrationTest.PASSWORD))
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    @Test
    void anEmployeeMayNotListPeople() {
        http.get()
                .uri("/api/people")
                .headers(h -> h.setBasicAuth("employee", IncidentServiceIntegrationTest.PASSWORD))
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    @Test
    void aSpokespersonMayViewButNotDeclare() {
        http.get()
                .uri("/api/incidents")
                .headers(h -> h.setBasicAuth("spokesperson", IncidentServiceIntegrationTest.PASSWORD))
                .exchange()
                .expectStatus()
                .isOk();
        http.post()
                .uri("/api/incidents")
                .headers(h -> h.setBasicAuth("spokesperson", IncidentServiceIntegrationTest.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(DECLARATION)
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    @Test
    void healthIsPublicAndTheApiDescriptionIsForLoggedInCallers() {
        http.get().uri("/actuator/health").exchange().expectStatus().isOk();
        http.get().uri("/v3/api-docs").exchange().expectStatus().isUnauthorized();
        http.get()
                .uri("/v3/api-docs")
                .headers(h -> h.setBasicAuth("employee", IncidentServiceIntegrationTest.PASSWORD))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.paths['/api/incidents'].post")
                .exists()
                .jsonPath("$.paths['/api/incidents/{id}'].get")
                .exists()
                .jsonPath("$.paths['/api/people'].get")
                .exists();
    }
}
