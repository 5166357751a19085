package io.muster.incident.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.muster.contracts.ContractSamples;
import io.muster.incident.Declaring;
import io.muster.incident.Fixtures;
import io.muster.incident.IncidentServiceIntegrationTest;
import io.muster.testkit.Browser;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The incident page's cards in Chromium: the crisis bridge (who is on it, "Ring in" for a member who is not),
 * call-outs (who is coming, and that asking stopped) and corrections (sent, and how long after the declaration).
 */
@IncidentServiceIntegrationTest
class ConsoleBridgeBrowserIntegrationTests {

    private static final String PASSWORD = IncidentServiceIntegrationTest.PASSWORD;
    private static final Duration WAIT = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    WebTestClient http;

    private final JsonMapper json = JsonMapper.shared();
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
    void theCommanderSeesWhoIsOnTheBridgeAndRingsAMissingMemberInOnce() {
        String role = Fixtures.freshRole();
        var people = new Fixtures(db).peopleInRole(role, 2);
        var on = people.get(0);
        var missing = people.get(1);
        UUID incident = UUID.fromString(Declaring.toRole(
                http.mutate().responseTimeout(WAIT).build(),
                role,
                "Bridge " + UUID.randomUUID(),
                "HIGH",
                WAIT,
                Map.of("bridge", true)));
        ObjectNode joined = (ObjectNode) json.readTree(ContractSamples.json("BridgeParticipantChanged", 1));
        joined.put("eventId", UUID.randomUUID().toString());
        joined.put("incidentId", incident.toString());
        joined.put("personId", on.id().toString());
        joined.put("callSid", "CA" + UUID.randomUUID().toString().replace("-", ""));
        joined.put("at", Instant.now().toString());
        kafka.send("muster.reply.v1", incident.toString(), joined.toString()).join();

        browser.signIn("commander", PASSWORD);
        browser.awaitText(By.cssSelector("main h1"), "Incidents");
        browser.open("incidents/" + incident);
        browser.await(By.cssSelector("[data-bridge] [data-on-bridge-count='1']"));
        browser.awaitText(By.cssSelector("[data-bridge] table td"), "Test " + on.employeeId());
        browser.await(By.cssSelector("[data-bridge-member='" + missing.id() + "'] [data-action=ring-in]"))
                .click();

        browser.awaitText(By.id("message"), "Ringing Test " + missing.employeeId() + " into the bridge.");
        browser.await(By.cssSelector("[data-bridge-member='" + missing.id() + "'][data-ring-in=RINGING]"));
        browser.screenshot("incident-bridge");
        // the cards leave out what they do not show (a card once printed "null" in its place)
        browser.await(By.cssSelector("[data-corrections] p"));
        assertThat(browser.driver().findElement(By.cssSelector("main")).getText())
                .doesNotContainIgnoringCase("null");
        await().atMost(WAIT)
                .until(
                        () -> db.sql("SELECT count(*) FROM bridge_ring_ins WHERE incident_id = ?")
                                .param(incident)
                                .query(Integer.class)
                                .single(),
                        n -> n == 1);
    }

    @Test
    void anIncidentWithoutABridgeShowsNoBridgeCard() {
        String role = Fixtures.freshRole();
        new Fixtures(db).peopleInRole(role, 1);
        UUID incident = UUID.fromString(Declaring.toRole(
                http.mutate().responseTimeout(WAIT).build(), role, "Plain " + UUID.randomUUID(), "HIGH", WAIT));

        browser.signIn("commander", PASSWORD);
        browser.awaitText(By.cssSelector("main h1"), "Incidents");
        browser.open("incidents/" + incident);
        browser.await(By.cssSelector("[data-callouts]"));

        assertThat(browser.driver()
                        .findElement(By.cssSelector("[aria-labelledby=bridge-title]"))
                        .isDisplayed())
                .isFalse();
    }

    @Test
    void theCommanderCallsOutTwoOfARoleAndTheCardShowsWhoIsComingAndThatAskingStopped() {
        String role = Fixtures.freshRole();
        var electricians = new Fixtures(db).peopleInRole(role, 3);
        UUID incident = UUID.fromString(Declaring.toRole(
                http.mutate().responseTimeout(WAIT).build(), role, "Storm " + UUID.randomUUID(), "HIGH", WAIT));

        browser.signIn("commander", PASSWORD);
        browser.awaitText(By.cssSelector("main h1"), "Incidents");
        browser.open("incidents/" + incident);
        browser.awaitText(By.cssSelector("[data-callouts] p"), "No call-out.");
        browser.click(By.cssSelector("[data-action=callout]"));
        WebElement needed = browser.await(By.cssSelector("[data-field=callout-needed]"));
        needed.clear();
        needed.sendKeys("2");
        browser.type(By.cssSelector("[data-field=callout-role]"), role);
        browser.type(By.cssSelector("[data-field=callout-place]"), "Hilltop depot");
        String browserZone = (String) js("return Intl.DateTimeFormat().resolvedOptions().timeZone;");
        setValue(
                By.cssSelector("[data-field=callout-time]"),
                LocalDateTime.now(ZoneId.of(browserZone))
                        .plusHours(2)
                        .truncatedTo(ChronoUnit.MINUTES)
                        .toString());
        browser.type(By.cssSelector("[data-field=callout-message]"), "Bring your tools.");
        browser.click(By.xpath("//button[.='Start the call-out']"));

        browser.awaitText(By.id("message"), "Asked 3 people.");
        browser.awaitText(
                By.cssSelector("[data-callout][data-status=OPEN] h3"), "0 of 2 coming · " + role + " · asking");
        for (var person : electricians.subList(0, 2)) {
            answer(incident, person, "COMING");
        }

        // the answers arrive while the commander looks at the page: the card follows without a reload
        browser.await(By.cssSelector("[data-callout][data-status=FILLED]"));
        browser.retrying(() -> {
            WebElement filled = browser.driver().findElement(By.cssSelector("[data-callout][data-status=FILLED]"));
            assertThat(filled.findElement(By.tagName("h3")).getText())
                    .isEqualTo("2 of 2 coming · " + role + " · filled");
            assertThat(filled.findElement(By.cssSelector("p.hint")).getText())
                    .startsWith("Report to Hilltop depot at ")
                    .endsWith("asked 3, declined 0, no answer 1");
            assertThat(filled.findElements(By.cssSelector("tbody tr td:first-child")).stream()
                            .map(WebElement::getText)
                            .toList())
                    .containsExactlyInAnyOrder(name(electricians.get(0)), name(electricians.get(1)));
        });
        assertThat(browser.driver().findElement(By.cssSelector("main")).getText())
                .doesNotContainIgnoringCase("null")
                .doesNotContain("undefined");
        js(
                "arguments[0].scrollIntoView({block: 'center'});",
                browser.driver().findElement(By.cssSelector("[data-callout]")));
        browser.screenshot("callout-card");
    }

    @Test
    void theCommanderCorrectsASentAlertAndTheCardShowsItSentAndHowLongAfterTheDeclaration() {
        String role = Fixtures.freshRole();
        var person = new Fixtures(db).peopleInRole(role, 1).get(0);
        UUID incident = UUID.fromString(Declaring.toRole(
                http.mutate().responseTimeout(WAIT).build(), role, "Fire " + UUID.randomUUID(), "HIGH", WAIT));
        UUID alert = await().atMost(WAIT)
                .until(
                        () -> db.sql("SELECT notification_id FROM recipients WHERE incident_id = ? AND person_id = ?")
                                .params(incident, person.id())
                                .query(UUID.class)
                                .optional()
                                .orElse(null),
                        java.util.Objects::nonNull);
        sent(incident, person.id(), alert, Instant.now());
        await().atMost(WAIT)
                .until(
                        () -> db.sql(
                                        "SELECT count(*) FROM recipient_events WHERE notification_id = ? AND kind = 'SENT'")
                                .param(alert)
                                .query(Integer.class)
                                .single(),
                        n -> n == 1);

        browser.signIn("commander", PASSWORD);
        browser.awaitText(By.cssSelector("main h1"), "Incidents");
        browser.open("incidents/" + incident);
        browser.awaitText(By.cssSelector("[data-corrections] p"), "No correction sent.");
        browser.click(By.cssSelector("[data-action=correct]"));
        browser.type(By.cssSelector("[data-field=correction-en]"), "The fire is in building B, not A.");
        browser.click(By.xpath("//button[.='Send the correction']"));

        browser.awaitText(By.id("message"), "Correction sent to 1 person.");
        browser.await(By.cssSelector("[data-correction=CORRECTION]"));
        // the correction is the incident's message now: the page says so without a reload
        browser.awaitText(By.cssSelector("[data-incident-message]"), "The fire is in building B, not A.");
        UUID correction = db.sql(
                        "SELECT notification_id FROM notification_steps WHERE incident_id = ? AND person_id = ? AND purpose = 'CORRECTION'")
                .params(incident, person.id())
                .query(UUID.class)
                .single();
        Instant declaredAt = db.sql("SELECT declared_at FROM incidents WHERE id = ?")
                .param(incident)
                .query(java.sql.Timestamp.class)
                .single()
                .toInstant();
        // whole seconds after the declaration, so that the card's words are known exactly
        Duration took =
                Duration.ofSeconds(Duration.between(declaredAt, Instant.now()).toSeconds());
        sent(incident, person.id(), correction, declaredAt.plus(took));

        // the notifier's report arrives while the commander looks at the page: the card follows without a reload
        browser.awaitText(
                By.cssSelector("[data-declared-to-last-correction]"),
                "Last correction sent " + inWords(took) + " after the declaration.");
        WebElement shown = browser.driver().findElement(By.cssSelector("[data-correction=CORRECTION]"));
        assertThat(shown.getText()).startsWith("Corrected by commander, ").contains(": to 1 person, sent to 1 so far");
        assertThat(shown.findElement(By.cssSelector("[data-correction-text]")).getText())
                .isEqualTo("The fire is in building B, not A.");
        assertThat(browser.driver().findElement(By.cssSelector("main")).getText())
                .doesNotContainIgnoringCase("null")
                .doesNotContain("undefined");
        js(
                "arguments[0].scrollIntoView({block: 'center'});",
                browser.driver().findElement(By.cssSelector("[aria-labelledby=corrections-title]")));
        browser.screenshot("correction-card");
    }

    private static String name(Fixtures.TestPerson person) {
        return "Test " + person.employeeId() + " (" + person.employeeId() + ")";
    }

    /** The person's answer as the gateway publishes it on the replies topic, to the call-out's question. */
    private void answer(UUID incident, Fixtures.TestPerson person, String answer) {
        UUID ask = db.sql("SELECT notification_id FROM callout_notifications WHERE person_id = ? AND kind = 'ASK'")
                .param(person.id())
                .query(UUID.class)
                .single();
        ObjectNode reply = (ObjectNode) json.readTree(ContractSamples.json("ReplyReceived", 1));
        reply.put("eventId", UUID.randomUUID().toString());
        reply.put("incidentId", incident.toString());
        reply.put("notificationId", ask.toString());
        reply.put("personId", person.id().toString());
        reply.put("answer", answer);
        reply.put("occurredAt", Instant.now().toString());
        kafka.send("muster.reply.v1", incident.toString(), reply.toString()).join();
    }

    /** The notifier's report that a message went out by SMS, on the delivery topic. */
    private void sent(UUID incident, UUID person, UUID notification, Instant at) {
        ObjectNode report = (ObjectNode) json.readTree(ContractSamples.json("NotificationSent", 1));
        report.put("eventId", UUID.randomUUID().toString());
        report.put("incidentId", incident.toString());
        report.put("notificationId", notification.toString());
        report.put("personId", person.toString());
        report.put("channel", "SMS");
        report.put("occurredAt", at.toString());
        kafka.send("muster.delivery.v1", person.toString(), report.toString()).join();
    }

    /** A whole number of seconds as the card words it ("1 min 5 s", "42 s"). */
    private static String inWords(Duration took) {
        List<String> parts = new ArrayList<>();
        if (took.toHours() > 0) {
            parts.add(took.toHours() + " h");
        }
        if (took.toMinutesPart() > 0) {
            parts.add(took.toMinutesPart() + " min");
        }
        if (took.toSecondsPart() > 0) {
            parts.add(took.toSecondsPart() + " s");
        }
        return parts.isEmpty() ? "0 s" : String.join(" ", parts);
    }

    private void setValue(By field, String value) {
        js(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
                browser.driver().findElement(field),
                value);
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script, args);
    }
}
