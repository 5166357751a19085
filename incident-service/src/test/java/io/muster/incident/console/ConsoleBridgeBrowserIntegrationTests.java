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
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The incident page's crisis bridge card in Chromium: who is on it, and "Ring in" for a member who is not. */
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
}
