package io.muster.incident.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.muster.incident.Answers;
import io.muster.incident.Fixtures;
import io.muster.incident.Fixtures.TestPerson;
import io.muster.incident.IncidentServiceIntegrationTest;
import io.muster.testkit.Browser;
import java.util.HashMap;
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

/** The commander's pages (live view with breakdowns and actions, declare with the language preview) in Chromium. */
@IncidentServiceIntegrationTest
class ConsoleCommanderBrowserIntegrationTests {

    private static final String PASSWORD = IncidentServiceIntegrationTest.PASSWORD;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    JsonMapper json;

    private WebTestClient http;

    @Autowired
    void client(WebTestClient client) {
        // a cold declaration on a busy build machine can take longer than the default 5 s
        this.http = client.mutate()
                .responseTimeout(java.time.Duration.ofSeconds(30))
                .build();
    }

    private Browser browser;

    @BeforeEach
    void startBrowser() {
        browser = new Browser(port, 1280, 1000);
    }

    @AfterEach
    void stopBrowser() {
        browser.close();
    }

    @Test
    void theBreakdownRowsMoveWithoutReloadWhenAPersonAnswers() {
        UUID site = site("Riverside " + UUID.randomUUID().toString().substring(0, 6));
        var fixtures = new Fixtures(db);
        TestPerson answering = fixtures.person(Fixtures.freshRole(), "+15557500001", false);
        TestPerson silent = fixtures.person(Fixtures.freshRole(), "+15557500002", false);
        fixtures.set(answering, "site_id", site);
        fixtures.set(silent, "site_id", site);
        UUID incident =
                declare(Map.of("notify", Map.of("employeeIds", List.of(answering.employeeId(), silent.employeeId()))));
        signInAsCommander();
        browser.open("incidents/" + incident);
        browser.awaitText(cell("level", "0", "targeted"), "2");
        browser.awaitText(cell("site", site.toString(), "noAnswer"), "2");
        ((JavascriptExecutor) browser.driver()).executeScript("window.notReloaded = true;");

        new Answers(db, kafka, json).safe(incident, answering);

        browser.awaitText(cell("site", site.toString(), "safe"), "1");
        browser.awaitText(cell("site", site.toString(), "noAnswer"), "1");
        browser.awaitText(cell("level", "0", "answered"), "1");
        assertThat(((JavascriptExecutor) browser.driver()).executeScript("return window.notReloaded === true;"))
                .isEqualTo(true);
        ((JavascriptExecutor) browser.driver())
                .executeScript("document.querySelector('[data-breakdown=level]').scrollIntoView();");
        browser.screenshot("incident-breakdown");
    }

    @Test
    void escalateNowNotifiesTheNextLevelAndTheViewShowsItsRow() {
        var fixtures = new Fixtures(db);
        String first = Fixtures.freshRole(), second = Fixtures.freshRole();
        fixtures.person(first, "+15557500011", false);
        TestPerson next = fixtures.person(second, "+15557500012", false);
        UUID incident = declare(Map.of("callTreeId", callTree(level(first), level(second))));
        await().until(() -> fixtures.count(
                        "SELECT count(*) FROM escalation_timers WHERE incident_id = ? AND kind = 'LEVEL' AND fired_at IS NULL",
                        incident)
                == 1);
        signInAsCommander();
        browser.open("incidents/" + incident);
        browser.awaitText(cell("level", "1", "targeted"), "1");

        browser.await(By.cssSelector("[data-action=escalate]")).click();

        browser.awaitText(By.id("message"), "Escalated: level 2 of the call tree starts now.");
        browser.awaitText(cell("level", "2", "targeted"), "1");
        browser.awaitText(By.cssSelector("[data-count=targeted]"), "2");
        assertThat(fixtures.count(
                        "SELECT count(*) FROM recipients WHERE level = 2 AND person_id = '" + next.id()
                                + "' AND incident_id = ?",
                        incident))
                .isEqualTo(1);
        browser.screenshot("incident-live");
    }

    @Test
    void handingOverCommandChangesTheCommanderShown() {
        String successor = "cmd-" + UUID.randomUUID().toString().substring(0, 8);
        db.sql("INSERT INTO app_users (username, password_hash, roles) VALUES (?, '{noop}unused', ARRAY['COMMANDER'])")
                .param(successor)
                .update();
        TestPerson person = new Fixtures(db).person(Fixtures.freshRole(), "+15557500021", false);
        UUID incident = declare(Map.of("notify", Map.of("employeeIds", List.of(person.employeeId()))));
        signInAsCommander();
        browser.open("incidents/" + incident);
        browser.awaitText(By.cssSelector("[data-commander]"), "commander");

        browser.await(By.cssSelector("[data-action=handover]")).click();
        browser.type(By.cssSelector("[data-field=commander-search]"), successor);
        // the results are redrawn as the search narrows: find the row again if it was replaced
        browser.click(By.cssSelector("[data-username='" + successor + "']"));

        browser.awaitText(By.cssSelector("[data-commander]"), successor);
        browser.driver().navigate().refresh(); // the API, not just the page, says who commands now
        browser.awaitText(By.cssSelector("[data-commander]"), successor);
    }

    @Test
    void theDeclarePageShowsTheFrenchTextForAFrenchSpeaker() {
        TestPerson french = new Fixtures(db).person(Fixtures.freshRole(), "+15557500031", false);
        new Fixtures(db).set(french, "locale", "fr");
        signInAsCommander();
        browser.await(By.linkText("Declare")).click();
        browser.type(By.cssSelector("main input[type=text][maxlength='120']"), "Fuite de gaz");
        browser.type(By.cssSelector("main textarea"), "Sortez par l'escalier ouest.");
        browser.type(By.xpath("//label[contains(., 'employee ids')]/following-sibling::input"), french.employeeId());

        // typing alone counts the segments, as the service composes each language's SMS (the console counts none)
        browser.awaitText(
                By.cssSelector("[data-field=sms-cost]"),
                "28 characters. SMS with the answer instructions and link: French 2 SMS segments (GSM-7),"
                        + " English 2 SMS segments (GSM-7).");
        browser.driver()
                .findElement(By.cssSelector("[data-action=preview-message]"))
                .click();

        browser.awaitText(
                By.cssSelector("[data-preview-language=fr] [data-preview=sms]"),
                "Fuite de gaz : Sortez par l'escalier ouest. Répondez 1 = en sécurité, 2 = besoin d'aide (code 10). Réponse : "
                        + "http://127.0.0.1:8082/answer/" + "a".repeat(48));
        assertThat(browser.driver()
                        .findElement(By.cssSelector("[data-preview-language=fr] h3"))
                        .getText())
                .contains("1 named person reads it");
        assertThat(browser.driver()
                        .findElement(By.cssSelector("[data-preview-language=fr] [data-preview=sms-segments]"))
                        .getText())
                .contains("SMS segment");
        ((JavascriptExecutor) browser.driver())
                .executeScript("document.querySelector('.lang-preview').scrollIntoView();");
        browser.screenshot("declare-preview");
    }

    /**
     * Signs in and waits for the home page (the incident list) to be drawn: the console draws a
     * page when its data has arrived, so opening another page before that would be overdrawn.
     */
    private void signInAsCommander() {
        browser.signIn("commander", PASSWORD);
        browser.awaitText(By.cssSelector("main h1"), "Incidents");
    }

    private static By cell(String breakdown, String key, String cell) {
        return By.cssSelector("[data-breakdown=" + breakdown + "] tr[data-key='" + key + "'] [data-cell=" + cell + "]");
    }

    private UUID site(String name) {
        UUID id = UUID.randomUUID();
        db.sql("INSERT INTO sites (id, name) VALUES (?, ?)").params(id, name).update();
        return id;
    }

    private static Map<String, Object> level(String role) {
        return Map.of("roles", List.of(role), "escalateAfter", "PT1H", "quorum", 1);
    }

    @SafeVarargs
    private UUID callTree(Map<String, Object>... levels) {
        byte[] body = http.post()
                .uri("/api/call-trees")
                .headers(h -> h.setBasicAuth("admin", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(
                        Map.of("name", "Tree " + UUID.randomUUID(), "stepTimeout", "PT1H", "levels", List.of(levels)))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody()
                .returnResult()
                .getResponseBody();
        return UUID.fromString(json.readTree(body).get("id").asString());
    }

    private UUID declare(Map<String, Object> targets) {
        var body = new HashMap<String, Object>(Map.of(
                "title",
                "Gas leak in building B",
                "message",
                "Leave building B by the north exit.",
                "severity",
                "HIGH"));
        body.putAll(targets);
        byte[] response = http.post()
                .uri("/api/incidents")
                .headers(h -> h.setBasicAuth("commander", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody()
                .returnResult()
                .getResponseBody();
        return UUID.fromString(json.readTree(response).get("id").asString());
    }
}
