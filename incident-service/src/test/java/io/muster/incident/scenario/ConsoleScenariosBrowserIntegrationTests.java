package io.muster.incident.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.muster.incident.Fixtures;
import io.muster.incident.IncidentServiceIntegrationTest;
import io.muster.testkit.Browser;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A scenario written, approved, previewed and launched in one tap from the console, in Chromium. */
@IncidentServiceIntegrationTest
class ConsoleScenariosBrowserIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    private Browser browser;

    @BeforeEach
    void startBrowser() {
        browser = new Browser(port, 1280, 1400);
    }

    @AfterEach
    void stopBrowser() {
        browser.close();
    }

    @Test
    void aCommanderWritesApprovesPreviewsAndLaunchesALifeSafetyScenario() {
        String role = Fixtures.freshRole();
        new Fixtures(db).person(role, "+15559" + (100_000 + (int) (Math.random() * 899_999)), false);
        Map<String, Object> site = db.sql("SELECT id, name FROM sites ORDER BY name LIMIT 1")
                .query()
                .singleRow();
        String name = "Evacuate " + UUID.randomUUID().toString().substring(0, 8);
        browser.signIn("commander", IncidentServiceIntegrationTest.PASSWORD);
        browser.awaitText(By.cssSelector("main h1"), "Incidents");

        browser.await(By.linkText("Scenarios")).click();
        browser.await(By.cssSelector("[data-action=new-scenario]")).click();
        browser.type(By.cssSelector("[data-field=name]"), name);
        browser.type(By.cssSelector("[data-field=subject]"), "Evacuate {site}");
        browser.type(By.cssSelector("[data-field=body]"), "Leave {site} now by the west stairs.");
        new Select(browser.await(By.xpath("//label[contains(., 'Priority')]/following-sibling::select")))
                .selectByValue("LIFE_SAFETY");
        new Select(browser.await(By.cssSelector("[data-field=roles]"))).selectByValue(role);
        browser.click(
                By.xpath("//fieldset[legend[contains(., 'by default')]]//input[@value='" + site.get("id") + "']"));
        browser.type(By.cssSelector("[data-field=status-update]"), "Evacuation of {site} started at {time}.");
        browser.click(By.cssSelector("[data-action=save-scenario]"));

        browser.awaitText(By.cssSelector("main h1"), "Scenarios");
        UUID id = db.sql("SELECT id FROM scenarios WHERE name = ?")
                .param(name)
                .query(UUID.class)
                .single();
        String card = "[data-scenario='" + id + "'] ";
        browser.awaitText(By.cssSelector(card + "[data-field=status]"), "Draft: version 1 waits for approval.");
        browser.click(By.cssSelector(card + "[data-action=approve]"));
        browser.awaitText(By.cssSelector(card + "[data-field=status]"), "Approved: a launch sends version 1.");
        browser.click(By.cssSelector(card + "[data-action=preview]"));
        assertThat(browser.await(By.cssSelector(card + "[data-preview-language=en] [data-preview=sms]"))
                        .getText())
                .contains("Leave " + site.get("name") + " now by the west stairs.");
        ((JavascriptExecutor) browser.driver())
                .executeScript("document.querySelector(arguments[0]).scrollIntoView();", card.strip());
        browser.screenshot("scenarios");

        browser.click(By.cssSelector(card + "[data-action=launch]"));
        browser.await(By.cssSelector(card + "[data-action=confirm-launch]"));
        browser.screenshot("scenario-launch-confirmation");
        browser.click(By.cssSelector(card + "[data-action=confirm-launch]"));

        await().until(() -> browser.driver().getCurrentUrl().matches(".*#/incidents/[0-9a-f-]{36}$"));
        UUID incident = UUID.fromString(browser.driver().getCurrentUrl().replaceAll(".*#/incidents/", ""));
        assertThat(db.sql("SELECT scenario_id FROM scenario_launches WHERE incident_id = ?")
                        .param(incident)
                        .query(UUID.class)
                        .single())
                .isEqualTo(id);
        assertThat(db.sql("SELECT priority FROM incidents WHERE id = ?")
                        .param(incident)
                        .query(String.class)
                        .single())
                .isEqualTo("LIFE_SAFETY");
    }
}
