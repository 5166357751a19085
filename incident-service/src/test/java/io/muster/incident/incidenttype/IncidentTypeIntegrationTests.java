package io.muster.incident.incidenttype;

import io.muster.incident.IncidentServiceIntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.StatusAssertions;
import org.springframework.test.web.reactive.server.WebTestClient;

@IncidentServiceIntegrationTest
class IncidentTypeIntegrationTests {

    private static final String PASSWORD = IncidentServiceIntegrationTest.PASSWORD;

    @Autowired
    WebTestClient http;

    @Test
    void anAdminCreatesAndChangesATypeThatStaffRead() {
        String code = freshCode();
        post("admin", Map.of("code", code, "name", "Fire", "rto", "PT4H", "twoPersonApproval", true))
                .isCreated()
                .expectHeader()
                .valueEquals("Location", "/api/incident-types/" + code);

        http.put()
                .uri("/api/incident-types/{code}", code)
                .headers(h -> h.setBasicAuth("admin", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "Fire in a building", "rto", "PT2H30M"))
                .exchange()
                .expectStatus()
                .isOk();

        http.get()
                .uri("/api/incident-types/{code}", code)
                .headers(h -> h.setBasicAuth("employee", PASSWORD))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.name")
                .isEqualTo("Fire in a building")
                .jsonPath("$.rto")
                .isEqualTo("PT2H30M")
                .jsonPath("$.twoPersonApproval")
                .isEqualTo(false);
        http.get()
                .uri("/api/incident-types")
                .headers(h -> h.setBasicAuth("hr", PASSWORD))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$[?(@.code == 'GENERAL')].name")
                .isEqualTo("General incident");
    }

    @Test
    void aSecondTypeWithTheSameCodeIsAConflict() {
        String code = freshCode();
        post("admin", Map.of("code", code, "name", "Flood")).isCreated();
        post("admin", Map.of("code", code, "name", "Flood again"))
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:duplicate-incident-type");
    }

    @Test
    void badCodesNamesAndRtosAreRejected() {
        post("admin", Map.of("code", "lower", "name", "x")).isBadRequest();
        post("admin", Map.of("name", "no code")).isBadRequest();
        post("admin", Map.of("code", freshCode(), "name", " ")).isBadRequest();
        post("admin", Map.of("code", freshCode(), "name", "x", "rto", "-PT1H"))
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("rto");
        post("admin", Map.of("code", freshCode(), "name", "x", "rto", "four hours"))
                .isBadRequest();
    }

    @Test
    void onlyAdminsManageTypes() {
        post("commander", Map.of("code", freshCode(), "name", "x")).isForbidden();
        http.put()
                .uri("/api/incident-types/GENERAL")
                .headers(h -> h.setBasicAuth("hr", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "x"))
                .exchange()
                .expectStatus()
                .isForbidden();
        http.put()
                .uri("/api/incident-types/NO_SUCH_TYPE")
                .headers(h -> h.setBasicAuth("admin", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "x"))
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    private StatusAssertions post(String login, Map<String, Object> body) {
        return http.post()
                .uri("/api/incident-types")
                .headers(h -> h.setBasicAuth(login, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectStatus();
    }

    private static String freshCode() {
        return "X"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }
}
