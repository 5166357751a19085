package io.muster.incident.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.incident.IncidentServiceIntegrationTest;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The console trades the password for a session token once; the token works until sign-out. */
@IncidentServiceIntegrationTest
class ConsoleSessionIntegrationTests {

    private static final String PASSWORD = IncidentServiceIntegrationTest.PASSWORD;

    @Autowired
    WebTestClient http;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient db;

    @BeforeEach
    void patientClient() {
        http = http.mutate().responseTimeout(Duration.ofSeconds(30)).build();
    }

    @Test
    void aPasswordStartsASessionWhoseTokenActsForTheLoginUntilSignOut() {
        JsonNode session = json.readTree(http.post()
                .uri("/api/session")
                .headers(h -> h.setBasicAuth("hr", PASSWORD))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody()
                .returnResult()
                .getResponseBody());
        String token = session.get("token").asString();
        assertThat(session.get("user").get("username").asString()).isEqualTo("hr");
        assertThat(session.toString()).doesNotContain(PASSWORD);
        assertThat(db.sql("SELECT count(*) FROM console_sessions WHERE token_hash = sha256(convert_to(?, 'UTF8'))")
                        .param(token)
                        .query(Long.class)
                        .single())
                .as("only the token's hash is kept")
                .isEqualTo(1);

        http.get()
                .uri("/api/session")
                .header("Authorization", "Session " + token)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.username")
                .isEqualTo("hr");
        http.delete()
                .uri("/api/session")
                .header("Authorization", "Session " + token)
                .exchange()
                .expectStatus()
                .isNoContent();
        http.get()
                .uri("/api/session")
                .header("Authorization", "Session " + token)
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }

    @Test
    void aSessionCannotStartAnotherOne() {
        String token = json.readTree(http.post()
                        .uri("/api/session")
                        .headers(h -> h.setBasicAuth("team", PASSWORD))
                        .exchange()
                        .expectBody()
                        .returnResult()
                        .getResponseBody())
                .get("token")
                .asString();

        http.post()
                .uri("/api/session")
                .header("Authorization", "Session " + token)
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:password-required");
    }
}
