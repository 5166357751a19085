package io.muster.incident.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.incident.IncidentServiceIntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@IncidentServiceIntegrationTest
class IncidentProblemsIntegrationTests {

    @Autowired
    WebTestClient http;

    @Test
    void anInvalidBodyIsRejectedWithTheInvalidFields() {
        declare(Map.of("title", " ", "message", "x".repeat(1001), "notify", Map.of("roles", List.of("Staff"))))
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:validation")
                .jsonPath("$.errors[*].field")
                .value(List.class, fields -> assertThat(fields).contains("title", "message", "severity"));
    }

    @Test
    void aDeclarationWithoutNotifyCallTreeOrRollCallTargetsNobody() {
        declare(Map.of("title", "t", "message", "m", "severity", "LOW"))
                .expectStatus()
                .isEqualTo(422)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:nobody-targeted");
    }

    @Test
    void aRollCallWithoutAffectedSitesIsReportedUnderTheNameTheClientSent() {
        declare(Map.of("title", "t", "message", "m", "severity", "LOW", "rollCall", true))
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[*].field")
                .value(List.class, fields -> assertThat(fields).containsExactly("affectedSiteIds"));
    }

    @Test
    void aSecondCallTreeWithTheSameNameIsAConflictNotAServerError() {
        Map<String, Object> tree = Map.of(
                "name",
                "Duplicate " + UUID.randomUUID(),
                "stepTimeout",
                "PT2M",
                "levels",
                List.of(Map.of("roles", List.of("Staff"), "escalateAfter", "PT10M")));
        createCallTree(tree).expectStatus().isCreated();

        createCallTree(tree)
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:duplicate");
    }

    @Test
    void malformedJsonIsABadRequestWithoutInternals() {
        declare("{\"title\": ")
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:bad-request")
                .jsonPath("$.trace")
                .doesNotExist()
                .jsonPath("$.detail")
                .value(String.class, detail -> assertThat(detail).doesNotContain("Exception", "jackson"));
    }

    @Test
    void anUnknownSeverityIsABadRequest() {
        declare(Map.of("title", "t", "message", "m", "severity", "APOCALYPTIC", "notify", Map.of()))
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:bad-request");
    }

    @Test
    void anUnknownIncidentIsNotFound() {
        get("/api/incidents/" + UUID.randomUUID())
                .expectStatus()
                .isNotFound()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:incident-not-found");
    }

    @Test
    void aMalformedIncidentIdIsABadRequest() {
        get("/api/incidents/not-a-uuid")
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:bad-request");
    }

    private WebTestClient.ResponseSpec declare(Object body) {
        return http.post()
                .uri("/api/incidents")
                .headers(h -> h.setBasicAuth("commander", IncidentServiceIntegrationTest.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }

    private WebTestClient.ResponseSpec createCallTree(Object body) {
        return http.post()
                .uri("/api/call-trees")
                .headers(h -> h.setBasicAuth("admin", IncidentServiceIntegrationTest.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }

    private WebTestClient.ResponseSpec get(String uri) {
        return http.get()
                .uri(uri)
                .headers(h -> h.setBasicAuth("hr", IncidentServiceIntegrationTest.PASSWORD))
                .exchange();
    }
}
