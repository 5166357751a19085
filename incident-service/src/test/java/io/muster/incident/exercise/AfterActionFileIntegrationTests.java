package io.muster.incident.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.muster.incident.Answers;
import io.muster.incident.Fixtures;
import io.muster.incident.Fixtures.TestPerson;
import io.muster.incident.IncidentServiceIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

/** The after-action report downloaded as one self-contained HTML file. */
@IncidentServiceIntegrationTest
class AfterActionFileIntegrationTests {

    private static final String PASSWORD = IncidentServiceIntegrationTest.PASSWORD;
    private static final String HOSTILE = "Fire <script>alert(\"x\")</script> & <img src=x onerror=alert(1)>";

    @Autowired
    WebTestClient http;

    @Autowired
    JdbcClient db;

    @Autowired
    JsonMapper json;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @BeforeEach
    void patientClient() {
        http = http.mutate().responseTimeout(Duration.ofSeconds(30)).build();
    }

    @Test
    void theFileIsAnAttachmentThatEscapesTheTitleDrawsTheCurveAndLoadsNothing() {
        Fixtures fixtures = new Fixtures(db);
        List<TestPerson> people = fixtures.peopleInRole(Fixtures.freshRole(), 2);
        UUID incident = declare(HOSTILE + " " + UUID.randomUUID(), people);
        new Answers(db, kafka, json).safe(incident, people.getFirst());
        await().atMost(Duration.ofSeconds(30))
                .until(() -> fixtures.count(
                                "SELECT count(*) FROM recipients WHERE answered_at IS NOT NULL AND incident_id = ?",
                                incident)
                        == 1);
        close(incident);

        EntityExchangeResult<byte[]> file = http.get()
                .uri("/api/incidents/" + incident + "/after-action.html")
                .headers(h -> h.setBasicAuth("hr", PASSWORD))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .returnResult();
        HttpHeaders headers = file.getResponseHeaders();
        String html = new String(file.getResponseBody(), StandardCharsets.UTF_8);

        assertThat(headers.getContentType().isCompatibleWith(MediaType.TEXT_HTML))
                .isTrue();
        assertThat(headers.getContentDisposition().isAttachment()).isTrue();
        assertThat(headers.getContentDisposition().getFilename())
                .matches("after-action-\\d{4}-\\d{2}-\\d{2}-fire-script-alert-x-script-img-src-x-one\\.html");
        assertThat(headers.getFirst("Content-Security-Policy"))
                .isEqualTo("default-src 'none'; style-src 'unsafe-inline'");
        assertThat(html)
                .contains("Fire &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x")
                .doesNotContain("<script", "<img")
                .contains("<meta http-equiv=\"Content-Security-Policy\"");
        assertThat(html)
                .as("no external resource")
                .doesNotContainIgnoringCase("http:")
                .doesNotContainIgnoringCase("https:")
                .doesNotContain("url(", "@import", "//");
        assertThat(html).doesNotContainPattern("<[^>]+\\s(src|href|xlink:href|action)\\s*=");
        assertThat(html).contains("<svg", "<polyline points=\"48.0,224.0", "class=\"answered\"");
        assertThat(html).contains("50 % answered and 50 % reached after").contains("target 90 % answered");
    }

    @Test
    void anOpenIncidentHasNoFileYet() {
        List<TestPerson> people = new Fixtures(db).peopleInRole(Fixtures.freshRole(), 1);
        UUID incident = declare("Still open " + UUID.randomUUID(), people);
        http.get()
                .uri("/api/incidents/" + incident + "/after-action.html")
                .headers(h -> h.setBasicAuth("commander", PASSWORD))
                .exchange()
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:incident-not-closed");
    }

    private UUID declare(String title, List<TestPerson> people) {
        byte[] created = http.post()
                .uri("/api/incidents")
                .headers(h -> h.setBasicAuth("commander", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of(
                        "title",
                        title,
                        "message",
                        "m",
                        "severity",
                        "HIGH",
                        "notify",
                        Map.of(
                                "employeeIds",
                                people.stream().map(TestPerson::employeeId).toList())))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody()
                .returnResult()
                .getResponseBody();
        return UUID.fromString(json.readTree(created).get("id").asString());
    }

    private void close(UUID incident) {
        http.post()
                .uri("/api/incidents/" + incident + "/close")
                .headers(h -> h.setBasicAuth("commander", PASSWORD))
                .exchange()
                .expectStatus()
                .isOk();
    }
}
