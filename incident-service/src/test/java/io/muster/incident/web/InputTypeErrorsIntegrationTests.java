package io.muster.incident.web;

import io.muster.incident.IncidentServiceIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A value of the wrong type or outside an enum, in a body or a parameter, is a 400 problem that
 * names the field and what it takes (the allowed values of an enum), in the words of the API and
 * never in the JSON library's.
 */
@IncidentServiceIntegrationTest
class InputTypeErrorsIntegrationTests {

    private static final String DECLARATION =
            """
            {"title": "Gas leak", "message": "Leave the building", "severity": %s,
             "exercise": %s, "notify": {"employeeIds": ["E001"]}}""";

    @Autowired
    WebTestClient http;

    @Test
    void anUnknownEnumInABodyNamesTheFieldAndTheAllowedValues() {
        declare(DECLARATION.formatted("\"SEVERE\"", "true"))
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:bad-request")
                .jsonPath("$.detail")
                .isEqualTo("\"severity\" must be one of LOW, MODERATE, HIGH, CRITICAL.")
                .jsonPath("$.errors[0].field")
                .isEqualTo("severity")
                .jsonPath("$.errors[0].message")
                .isEqualTo("must be one of LOW, MODERATE, HIGH, CRITICAL");
    }

    @Test
    void aValueOfTheWrongTypeNamesTheFieldAndTheType() {
        declare(DECLARATION.formatted("\"LOW\"", "\"maybe\""))
                .jsonPath("$.detail")
                .isEqualTo("\"exercise\" must be true or false.")
                .jsonPath("$.errors[0].field")
                .isEqualTo("exercise");
        declare(DECLARATION.formatted("{\"level\": 3}", "true"))
                .jsonPath("$.detail")
                .isEqualTo("\"severity\" must be one of LOW, MODERATE, HIGH, CRITICAL.");
    }

    @Test
    void aNestedFieldIsNamedByItsPath() {
        declare(
                        """
                        {"title": "t", "message": "m", "severity": "LOW",
                         "notify": {"personIds": ["%s", "not-a-uuid"]}}"""
                                .formatted(UUID.randomUUID()))
                .jsonPath("$.errors[0].field")
                .isEqualTo("notify.personIds[1]")
                .jsonPath("$.errors[0].message")
                .isEqualTo("must be a UUID");
    }

    @Test
    void anUnknownEnumInAQueryParameterNamesTheParameterAndTheAllowedValues() {
        http.get()
                .uri("/api/incidents/{id}/accountability/people?state=LOST", UUID.randomUUID())
                .headers(h -> h.setBasicAuth("commander", IncidentServiceIntegrationTest.PASSWORD))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail")
                .isEqualTo("\"state\" must be one of SAFE, NEEDS_HELP, AT_ALTERNATE_SITE, NO_RESPONSE, UNREACHABLE.")
                .jsonPath("$.errors[0].field")
                .isEqualTo("state");
    }

    @Test
    void aMalformedNumberOrIdInTheAddressNamesIt() {
        problem("/api/incidents?limit=ten").jsonPath("$.detail").isEqualTo("\"limit\" must be a whole number.");
        problem("/api/incidents/not-a-uuid").jsonPath("$.detail").isEqualTo("\"id\" must be a UUID.");
    }

    private WebTestClient.BodyContentSpec problem(String uri) {
        return http.get()
                .uri(uri)
                .headers(h -> h.setBasicAuth("commander", IncidentServiceIntegrationTest.PASSWORD))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:bad-request");
    }

    private WebTestClient.BodyContentSpec declare(String body) {
        var answer = http.post()
                .uri("/api/incidents")
                .headers(h -> h.setBasicAuth("commander", IncidentServiceIntegrationTest.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody();
        String text =
                new String(answer.returnResult().getResponseBodyContent(), java.nio.charset.StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(text)
                .doesNotContain("Jackson", "jackson", "Cannot deserialize", "Exception", "io.muster");
        return answer;
    }
}
