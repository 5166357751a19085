package io.muster.incident.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.incident.Fixtures;
import io.muster.incident.Fixtures.TestPerson;
import io.muster.incident.IncidentServiceIntegrationTest;
import io.muster.incident.accountability.Scenario;
import io.muster.testkit.Browser;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

/** An employee's "My alerts" in a real headless Chromium: the alert, where to report, their answer, the closing. */
@IncidentServiceIntegrationTest
class ConsoleMyAlertsBrowserIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    WebTestClient http;

    @Autowired
    JdbcClient db;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    JsonMapper json;

    @Autowired
    PasswordEncoder encoder;

    private Browser browser;

    @BeforeEach
    void startBrowser() {
        browser = new Browser(port, 1280, 900);
    }

    @AfterEach
    void stopBrowser() {
        browser.close();
    }

    @Test
    void anEmployeeSeesTheExerciseWhereToReportWhatTheyAnsweredAndThatItClosed() {
        Scenario scenario = new Scenario(http, db, json, kafka);
        var fixtures = new Fixtures(db);
        TestPerson ada = fixtures.person(Fixtures.freshRole(), "+15557500001", true);
        String hilltop = "Hilltop " + UUID.randomUUID().toString().substring(0, 8);
        UUID riverside = site("Riverside " + UUID.randomUUID().toString().substring(0, 8), site(hilltop, null));
        fixtures.set(ada, "site_id", riverside);
        String login = scenario.login(encoder, "EMPLOYEE", ada.id());
        UUID incident = declareExercise(scenario, riverside, ada);

        browser.signIn(login, IncidentServiceIntegrationTest.PASSWORD);
        By card = By.cssSelector("section[data-incident='" + incident + "']");
        browser.await(card);
        String alert = browser.driver().findElement(card).getText();
        assertThat(alert).contains("Exercise", "This is an exercise.", "Flood drill", "Where to report", hilltop);
        assertThat(alert).contains("You have not answered yet.");
        browser.driver()
                .findElement(By.xpath("//section[@data-incident='" + incident + "']//button[.='I am safe']"))
                .click();

        browser.await(By.cssSelector("section[data-incident='" + incident + "'][data-state=SAFE]"));
        assertThat(browser.driver().findElement(card).getText()).contains("You answered “I am safe”", "by web");
        browser.screenshot("my-alerts-answered");

        scenario.close(incident);
        browser.open("incidents");
        browser.open("mine");
        browser.await(By.cssSelector("section[data-incident='" + incident + "'][data-status=CLOSED]"));
        String closed = browser.driver().findElement(card).getText();
        assertThat(closed).contains("Closed", "No further action is needed.", "You answered “I am safe”");
        assertThat(browser.driver().findElements(By.xpath("//section[@data-incident='" + incident + "']//button")))
                .isEmpty();
    }

    private UUID declareExercise(Scenario scenario, UUID site, TestPerson person) {
        return UUID.fromString(scenario.read(scenario.as("commander")
                        .post()
                        .uri("/api/incidents")
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(Map.of(
                                "title",
                                "Flood drill " + UUID.randomUUID(),
                                "message",
                                "Practise leaving by the east stairs.",
                                "severity",
                                "LOW",
                                "exercise",
                                true,
                                "affectedSiteIds",
                                List.of(site),
                                "notify",
                                Map.of("personIds", List.of(person.id()))))
                        .exchange()
                        .expectStatus()
                        .isCreated()
                        .expectBody(String.class)
                        .returnResult()
                        .getResponseBody())
                .get("id")
                .asString());
    }

    private UUID site(String name, UUID alternate) {
        UUID id = UUID.randomUUID();
        db.sql("INSERT INTO sites (id, name, address, alternate_site_id) VALUES (?, ?, '1 Hill Road', ?)")
                .params(id, name, alternate)
                .update();
        return id;
    }
}
