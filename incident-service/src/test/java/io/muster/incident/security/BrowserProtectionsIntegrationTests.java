package io.muster.incident.security;

import io.muster.incident.IncidentServiceIntegrationTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What browsers get: headers that fit each page (the console, the public status page, the API), no
 * Basic challenge (so a browser never holds credentials a forged request could carry), and no
 * write accepted from another site.
 */
@IncidentServiceIntegrationTest
class BrowserProtectionsIntegrationTests {

    private static final String PASSWORD = IncidentServiceIntegrationTest.PASSWORD;

    @Autowired
    WebTestClient http;

    @LocalServerPort
    int port;

    @BeforeEach
    void patientClient() {
        http = http.mutate().responseTimeout(Duration.ofSeconds(30)).build();
    }

    @Test
    void theConsoleMayRunOnlyItsOwnScriptsAndIsNeverFramedSniffedStoredOrReferred() {
        for (String path : new String[] {"/console/", "/console/js/app.js"}) {
            http.get()
                    .uri(path)
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectHeader()
                    .value("Content-Security-Policy", csp -> org.assertj.core.api.Assertions.assertThat(csp)
                            .contains(
                                    "default-src 'self'",
                                    "script-src 'self'",
                                    "object-src 'none'",
                                    "frame-ancestors 'none'")
                            .doesNotContain("unsafe-inline", "unsafe-eval"))
                    .expectHeader()
                    .valueEquals("X-Frame-Options", "DENY")
                    .expectHeader()
                    .valueEquals("X-Content-Type-Options", "nosniff")
                    .expectHeader()
                    .valueEquals("Referrer-Policy", "no-referrer")
                    .expectHeader()
                    .value(HttpHeaders.CACHE_CONTROL, cache -> org.assertj.core.api.Assertions.assertThat(cache)
                            .contains("no-store"));
        }
    }

    @Test
    void thePublicStatusPageRunsNoScriptAndIsNeitherFramedNorSniffed() {
        http.get()
                .uri("/status")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .value("Content-Security-Policy", csp -> org.assertj.core.api.Assertions.assertThat(csp)
                        .startsWith("default-src 'none'"))
                .expectHeader()
                .valueEquals("X-Frame-Options", "DENY")
                .expectHeader()
                .valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader()
                .valueEquals("Referrer-Policy", "no-referrer");
    }

    @Test
    void anApiAnswerIsNeverStored() {
        http.get()
                .uri("/api/session")
                .headers(h -> h.setBasicAuth("hr", PASSWORD))
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .value(HttpHeaders.CACHE_CONTROL, cache -> org.assertj.core.api.Assertions.assertThat(cache)
                        .contains("no-store"))
                .expectHeader()
                .valueEquals("X-Content-Type-Options", "nosniff");
    }

    @Test
    void aBrowserIsNeverChallengedForBasicCredentialsButAScriptIs() {
        http.get()
                .uri("/api/incidents")
                .header("Sec-Fetch-Mode", "navigate")
                .header(HttpHeaders.ACCEPT, "text/html,application/xhtml+xml,*/*;q=0.8")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .doesNotExist(HttpHeaders.WWW_AUTHENTICATE);
        http.get()
                .uri("/api/incidents")
                .header(HttpHeaders.ACCEPT, "text/html")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .doesNotExist(HttpHeaders.WWW_AUTHENTICATE);
        http.get()
                .uri("/api/incidents")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .exists(HttpHeaders.WWW_AUTHENTICATE);
    }

    @Test
    void aWriteFromAnotherSiteIsRefusedBeforeAnyLoginIsChecked() {
        Map<String, Object> role = Map.of("name", "Cross site " + java.util.UUID.randomUUID());
        http.post()
                .uri("/api/roles")
                .headers(h -> h.setBasicAuth("admin", PASSWORD))
                .header(HttpHeaders.ORIGIN, "https://evil.example")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(role)
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:cross-site-request");
        http.post()
                .uri("/api/roles")
                .headers(h -> h.setBasicAuth("admin", PASSWORD))
                .header("Sec-Fetch-Site", "cross-site")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(role)
                .exchange()
                .expectStatus()
                .isForbidden();
        http.post()
                .uri("/api/roles")
                .headers(h -> h.setBasicAuth("admin", PASSWORD))
                .header(HttpHeaders.ORIGIN, "null")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(role)
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    @Test
    void aWriteFromTheConsolesOwnOriginOrFromAScriptIsAccepted() {
        http.post()
                .uri("/api/roles")
                .headers(h -> h.setBasicAuth("admin", PASSWORD))
                .header(HttpHeaders.ORIGIN, "http://localhost:" + port)
                .header("Sec-Fetch-Site", "same-origin")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "Same origin " + java.util.UUID.randomUUID()))
                .exchange()
                .expectStatus()
                .isCreated();
        http.post()
                .uri("/api/roles")
                .headers(h -> h.setBasicAuth("admin", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "Script " + java.util.UUID.randomUUID()))
                .exchange()
                .expectStatus()
                .isCreated();
    }
}
