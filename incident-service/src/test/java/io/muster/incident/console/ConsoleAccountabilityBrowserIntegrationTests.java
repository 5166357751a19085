package io.muster.incident.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.incident.Answers;
import io.muster.incident.Fixtures;
import io.muster.incident.Fixtures.TestPerson;
import io.muster.incident.IncidentServiceIntegrationTest;
import io.muster.incident.accountability.Scenario;
import io.muster.testkit.Browser;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** HR's accountability board in a real headless Chromium against the service on real PostgreSQL and Kafka. */
@IncidentServiceIntegrationTest
class ConsoleAccountabilityBrowserIntegrationTests {

    private static final String PASSWORD = IncidentServiceIntegrationTest.PASSWORD;

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

    private Scenario scenario;
    private Fixtures fixtures;
    private Browser browser;

    @BeforeEach
    void setUp() {
        scenario = new Scenario(http, db, json, kafka);
        fixtures = new Fixtures(db);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void hrSeesWhoNeedsHelpFiltersByStateAndUpdatesAnotherOnTheirBehalf() {
        List<TestPerson> people = peopleAtRiverside(4);
        TestPerson ada = people.get(0);
        TestPerson bob = people.get(1);
        TestPerson cy = people.get(2);
        TestPerson dee = people.get(3);
        String title = "Flood at Riverside " + UUID.randomUUID().toString().substring(0, 4);
        UUID incident = declare(title, people);
        needsHelp(incident, ada, "Trapped on the second floor");
        new Answers(db, kafka, json).safe(incident, bob);
        scenario.reply(
                incident,
                scenario.notificationOf(incident, dee.id()),
                "AT_ALTERNATE_SITE",
                "SMS",
                Instant.now(),
                Map.of());
        browser = new Browser(port, 1280, 1000);
        browser.signIn("hr", PASSWORD);

        browser.await(By.linkText(title)).click();
        browser.awaitText(By.cssSelector("[data-acc-count=NEEDS_HELP]"), "1");
        browser.awaitText(By.cssSelector("[data-acc-count=AT_ALTERNATE_SITE]"), "1");
        assertThat(browser.driver().getCurrentUrl()).endsWith("#/incidents/" + incident + "/accountability");
        // The board re-renders on every live change: read rows afresh (until ignores stale ones).
        until(d -> "NEEDS_HELP".equals(d.findElement(person(ada)).getAttribute("data-state")));
        until(d -> d.findElement(person(ada)).getText().contains("Needs help")
                && d.findElement(person(ada)).getText().contains("Trapped on the second floor"));
        until(d -> d.findElement(person(dee)).getText().contains("At alternate site")
                && d.findElement(person(dee)).getText().contains("Hilltop"));
        ((JavascriptExecutor) browser.driver()).executeScript("window.notReloaded = true;");

        new Select(browser.await(By.cssSelector("[data-acc-filters] select[name=state]"))).selectByValue("NEEDS_HELP");
        until(d -> employeeIdsShown().equals(List.of(ada.employeeId())));
        new Select(browser.await(By.cssSelector("[data-acc-filters] select[name=state]"))).selectByValue("");
        until(d -> employeeIdsShown().size() == 4);

        click(By.cssSelector(rowOf(cy) + " [data-action=person]"));
        new Select(browser.await(By.cssSelector("form[data-on-behalf='" + cy.employeeId() + "'] select[name=state]")))
                .selectByValue("SAFE");
        browser.type(
                By.cssSelector("form[data-on-behalf='" + cy.employeeId() + "'] textarea[name=comment]"),
                "Called him: he is at the assembly point");
        browser.driver()
                .findElement(By.cssSelector("form[data-on-behalf='" + cy.employeeId() + "'] button[type=submit]"))
                .click();

        until(d -> "SAFE".equals(d.findElement(person(cy)).getAttribute("data-state")));
        browser.awaitText(By.cssSelector("[data-acc-count=SAFE]"), "2");
        until(d -> d.findElement(person(cy)).getText().contains("set by hr")
                && d.findElement(person(cy)).getText().contains("Called him: he is at the assembly point"));
        By history = By.cssSelector("[data-acc-panel='" + cy.employeeId() + "'] li[data-source=OPERATOR]");
        until(d ->
                List.of("Safe", "OPERATOR", "set on their behalf by hr", "Called him: he is at the assembly point")
                        .stream()
                        .allMatch(d.findElement(history).getText()::contains));
        assertThat(((JavascriptExecutor) browser.driver()).executeScript("return window.notReloaded === true;"))
                .isEqualTo(true);
        scrollTo(person(cy));
        browser.screenshot("accountability-history");
        click(By.cssSelector(rowOf(cy) + " [data-action=person]"));
        until(d -> d.findElements(By.cssSelector("[data-acc-panel]")).isEmpty());
        ((JavascriptExecutor) browser.driver()).executeScript("window.scrollTo(0, 0);");
        browser.screenshot("accountability-board");
    }

    @Test
    void theBoardMovesLiveWhenAnAnswerArrives() {
        List<TestPerson> people = peopleAtRiverside(2);
        UUID incident = declare("Gas leak " + UUID.randomUUID().toString().substring(0, 4), people);
        browser = new Browser(port, 1280, 900);
        signIn("hr");
        browser.open("incidents/" + incident + "/accountability");
        browser.awaitText(By.cssSelector("[data-acc-count=NO_RESPONSE]"), "2");
        ((JavascriptExecutor) browser.driver()).executeScript("window.notReloaded = true;");

        needsHelp(incident, people.get(1), "Hurt my leg");

        browser.awaitText(By.cssSelector("[data-acc-count=NEEDS_HELP]"), "1");
        until(d -> "NEEDS_HELP".equals(d.findElement(person(people.get(1))).getAttribute("data-state")));
        assertThat(((JavascriptExecutor) browser.driver()).executeScript("return window.notReloaded === true;"))
                .isEqualTo(true);
    }

    @Test
    void theCsvExportHoldsExactlyTheRowsOfThePeopleApi() {
        List<TestPerson> people = peopleAtRiverside(3);
        UUID incident = declare("Power cut " + UUID.randomUUID().toString().substring(0, 4), people);
        needsHelp(incident, people.get(0), "Stuck in the lift, call \"facilities\", please");
        new Answers(db, kafka, json).safe(incident, people.get(2));
        browser = new Browser(port, 1280, 900);
        signIn("hr");
        browser.open("incidents/" + incident + "/accountability");
        browser.awaitText(By.cssSelector("[data-acc-count=SAFE]"), "1");
        browser.awaitText(By.cssSelector("[data-acc-count=NEEDS_HELP]"), "1");

        click(By.cssSelector("[data-action=export-csv]"));

        WebElement link = browser.await(By.cssSelector("a[data-csv]"));
        assertThat(link.getAttribute("download"))
                .startsWith("accountability-power-cut-")
                .endsWith(".csv");
        // JSON-encoded in the page, so that the WebDriver wire cannot change the line breaks.
        String csv = json.readValue(
                (String) ((JavascriptExecutor) browser.driver())
                        .executeAsyncScript("const done = arguments[arguments.length - 1];"
                                + "fetch(document.querySelector('a[data-csv]').href).then(r => r.text())"
                                + ".then(t => done(JSON.stringify(t)), e => done(JSON.stringify('failed: ' + e)));"),
                String.class);
        JsonNode api = scenario.getJson("hr", "/api/incidents/" + incident + "/accountability/people?size=1000");
        List<List<String>> expected = new ArrayList<>();
        expected.add(List.of(
                "employee_id",
                "name",
                "state",
                "site",
                "alternate_site",
                "reporting_site",
                "channel",
                "source",
                "answered_at",
                "late",
                "answered_by",
                "comment",
                "location",
                "person_id"));
        api.get("people").forEach(row -> expected.add(csvFieldsOf(row)));
        assertThat(parseCsv(csv)).isEqualTo(expected);
        assertThat(expected).hasSize(4);
        assertThat(csv).contains("Stuck in the lift, call \"\"facilities\"\", please");
        assertThat(csv).isEqualTo(apiCsv(incident));
    }

    @Test
    void anAdminReadsTheBoardAndHistoryOnAPhoneButHasNoOnBehalfFormNorReminders() {
        List<TestPerson> people = peopleAtRiverside(2);
        TestPerson ada = people.get(0);
        UUID incident = declare("Storm " + UUID.randomUUID().toString().substring(0, 4), people);
        needsHelp(incident, ada, "Window broken, I am cut");
        browser = new Browser(port, 390, 844);
        signIn("admin");
        browser.open("incidents/" + incident + "/accountability");
        browser.awaitText(By.cssSelector("[data-acc-count=NEEDS_HELP]"), "1");

        click(By.cssSelector(rowOf(ada) + " [data-action=person]"));

        By history = By.cssSelector("[data-acc-panel='" + ada.employeeId() + "'] li[data-answer]");
        until(d -> List.of("Needs help", "SMS", "by the person", "Window broken, I am cut").stream()
                .allMatch(d.findElement(history).getText()::contains));
        assertThat(browser.driver().findElements(By.cssSelector("form[data-on-behalf]")))
                .isEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("[data-action=remind]")))
                .isEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("[data-acc-schedule-form]")))
                .isEmpty();
        assertThat(browser.driver()
                        .findElement(By.cssSelector("[data-acc-schedule]"))
                        .getText())
                .isEqualTo("No reminders are scheduled.");
        assertThat(browser.driver()
                        .findElement(By.cssSelector(".acc-people thead"))
                        .isDisplayed())
                .isFalse();
        scrollTo(person(ada));
        browser.screenshot("accountability-phone");
    }

    // --- helpers

    /**
     * Signs in and waits for the page the sign-in lands on (the incident list) to be drawn, so that opening another
     * page cannot race the sign-in's own redirect: the menu alone showed before the list, whose drawing then
     * replaced the page the test had opened.
     */
    private void signIn(String user) {
        browser.signIn(user, PASSWORD);
        browser.awaitText(By.cssSelector("main h1"), "Incidents");
    }

    /** People whose home site is a fresh Riverside, whose alternate site is a fresh Hilltop. */
    private List<TestPerson> peopleAtRiverside(int count) {
        String suffix = UUID.randomUUID().toString().substring(0, 4);
        String hilltop = site("Hilltop " + suffix, null);
        String riverside = site("Riverside " + suffix, hilltop);
        List<TestPerson> people = fixtures.peopleInRole(Fixtures.freshRole(), count);
        people.forEach(p -> fixtures.set(p, "site_id", UUID.fromString(riverside)));
        return people;
    }

    private String site(String name, String alternate) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("name", name));
        if (alternate != null) {
            body.put("alternateSiteId", alternate);
        }
        String created = scenario.as("admin")
                .post()
                .uri("/api/sites")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        return scenario.read(created).get("id").asString();
    }

    private UUID declare(String title, List<TestPerson> people) {
        String created = scenario.as("commander")
                .post()
                .uri("/api/incidents")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of(
                        "title",
                        title,
                        "message",
                        "Are you safe? Answer 1 safe, 2 need help, 3 at the alternate site.",
                        "severity",
                        "HIGH",
                        "notify",
                        Map.of("personIds", people.stream().map(TestPerson::id).toList())))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        return UUID.fromString(scenario.read(created).get("id").asString());
    }

    private void needsHelp(UUID incident, TestPerson person, String text) {
        scenario.reply(
                incident,
                scenario.notificationOf(incident, person.id()),
                "NEEDS_HELP",
                "SMS",
                Instant.now(),
                Map.of("freeText", text));
    }

    private static By person(TestPerson person) {
        return By.cssSelector(rowOf(person));
    }

    private static String rowOf(TestPerson person) {
        return "tr[data-acc-person='" + person.employeeId() + "']";
    }

    private List<String> employeeIdsShown() {
        return browser.driver().findElements(By.cssSelector("tr[data-acc-person]")).stream()
                .map(row -> row.getAttribute("data-acc-person"))
                .toList();
    }

    private String apiCsv(UUID incident) {
        return scenario.as("hr")
                .get()
                .uri("/api/incidents/{id}/accountability/people.csv", incident)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }

    private void scrollTo(By locator) {
        until(d -> {
            ((JavascriptExecutor) d)
                    .executeScript("arguments[0].scrollIntoView({block: 'start'});", d.findElement(locator));
            return true;
        });
    }

    /** Clicks, trying again if a live refresh replaced the element meanwhile. */
    private void click(By locator) {
        browser.await(locator);
        until(d -> {
            d.findElement(locator).click();
            return true;
        });
    }

    private void until(Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition::apply);
    }

    private static List<String> csvFieldsOf(JsonNode row) {
        List<String> fields = new ArrayList<>();
        for (String name : List.of(
                "employeeId",
                "name",
                "state",
                "site",
                "alternateSite",
                "reportingSite",
                "channel",
                "source",
                "answeredAt",
                "late",
                "answeredBy",
                "comment",
                "location",
                "personId")) {
            JsonNode value = row.get(name);
            fields.add(value == null || value.isNull() ? "" : value.asString());
        }
        return fields;
    }

    /** RFC 4180: CRLF between records, double quotes around a field with a comma, quote or line break. */
    private static List<List<String>> parseCsv(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                records.add(fields);
                fields = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertThat(field).as("the CSV ends with CRLF").isEmpty();
        return records;
    }
}
