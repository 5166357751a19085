package io.muster.incident.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.muster.incident.Answers;
import io.muster.incident.Fixtures;
import io.muster.incident.Fixtures.TestPerson;
import io.muster.incident.IncidentServiceIntegrationTest;
import io.muster.testkit.Browser;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

/** The live view's curve in Chromium: the answered line rises as answers arrive, without a reload. */
@IncidentServiceIntegrationTest
class ConsoleCurveBrowserIntegrationTests {

    private static final String PASSWORD = IncidentServiceIntegrationTest.PASSWORD;
    private static final By ANSWERED = By.cssSelector("svg[data-curve] polyline[data-line=answered]");
    private static final By SUMMARY = By.cssSelector("[data-curve-summary]");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    JsonMapper json;

    @Autowired
    WebTestClient http;

    private Browser browser;

    @BeforeEach
    void startBrowser() {
        http = http.mutate().responseTimeout(Duration.ofSeconds(30)).build();
        browser = new Browser(port, 1280, 1000);
    }

    @AfterEach
    void stopBrowser() {
        browser.close();
    }

    @Test
    void theAnsweredLineRisesAsAnswersArrive() {
        List<TestPerson> people = new Fixtures(db).peopleInRole(Fixtures.freshRole(), 2);
        UUID incident = declare(people);
        // declared four minutes ago, so that the curve has a time axis to climb along
        db.sql("UPDATE incidents SET declared_at = declared_at - interval '4 minutes' WHERE id = ?")
                .param(incident)
                .update();
        browser.signIn("commander", PASSWORD);
        browser.awaitText(By.cssSelector("main h1"), "Incidents");
        browser.open("incidents/" + incident);
        awaitAnswered(224.0, "0 % answered");
        ((JavascriptExecutor) browser.driver()).executeScript("window.notReloaded = true;");
        Answers answers = new Answers(db, kafka, json);

        answers.safe(incident, people.get(0));
        awaitAnswered(120.0, "50 % answered");
        answers.safe(incident, people.get(1));
        awaitAnswered(16.0, "100 % answered");

        assertThat(browser.driver().findElement(SUMMARY).getText()).endsWith("(2 people); target 90 % answered");
        assertThat(((JavascriptExecutor) browser.driver()).executeScript("return window.notReloaded === true;"))
                .isEqualTo(true);
        ((JavascriptExecutor) browser.driver())
                .executeScript("document.querySelector('[data-curve]').scrollIntoView({block: 'center'});");
        browser.screenshot("incident-curve");
    }

    /** Waits for the answered line to end at height y (224: nobody, 16: everyone) and the words to say so. */
    private void awaitAnswered(double y, String words) {
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
            String points = browser.driver().findElement(ANSWERED).getAttribute("points");
            String last = points.substring(points.lastIndexOf(' ') + 1);
            assertThat(Double.parseDouble(last.substring(last.indexOf(',') + 1)))
                    .isEqualTo(y);
            assertThat(browser.driver().findElement(SUMMARY).getText()).startsWith(words);
        });
    }

    private UUID declare(List<TestPerson> people) {
        byte[] created = http.post()
                .uri("/api/incidents")
                .headers(h -> h.setBasicAuth("commander", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of(
                        "title",
                        "Flood in the basement " + UUID.randomUUID().toString().substring(0, 6),
                        "message",
                        "Move to the upper floors.",
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
}
