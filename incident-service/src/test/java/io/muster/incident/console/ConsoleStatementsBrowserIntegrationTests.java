package io.muster.incident.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.incident.IncidentServiceIntegrationTest;
import io.muster.incident.statement.StatementScenario;
import io.muster.testkit.Browser;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

/** The spokesperson's Statements page in a real headless Chromium against the service. */
@IncidentServiceIntegrationTest
class ConsoleStatementsBrowserIntegrationTests {

    private static final String PASSWORD = IncidentServiceIntegrationTest.PASSWORD;

    @LocalServerPort
    int port;

    @Autowired
    WebTestClient http;

    @Autowired
    JdbcClient db;

    @Autowired
    JsonMapper json;

    @Autowired
    PasswordEncoder passwords;

    private StatementScenario scenario;
    private Browser browser;

    @BeforeEach
    void setUp() {
        scenario = new StatementScenario(
                http.mutate().responseTimeout(Duration.ofSeconds(30)).build(), db, json, passwords);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theDesignatedSpokespersonDraftsGetsApprovalPreviewsAndPublishesAndThePublicPageShowsIt() {
        UUID incidentId = scenario.declaredIncident(false);
        scenario.requireTwoPeople(incidentId);
        String spokesperson = scenario.login("SPOKESPERSON");
        scenario.designate(incidentId, spokesperson);
        String headline =
                "Riverside office closed " + UUID.randomUUID().toString().substring(0, 8);
        browser = new Browser(port, 1280, 1000);

        openStatements(spokesperson, incidentId);
        browser.await(By.cssSelector("[data-action=new-statement]")).click();
        browser.type(By.cssSelector("[data-field=headline]"), headline);
        browser.type(By.cssSelector("[data-field=text]"), "Our Riverside office is closed today. Everyone is safe.");
        assertThat(browser.driver()
                        .findElement(By.cssSelector(".statement-form .count-chars"))
                        .getText())
                .isEqualTo(headline.length() + " / 200 characters");
        browser.driver()
                .findElement(By.cssSelector("[data-action=save-statement]"))
                .click();

        browser.await(By.cssSelector("[data-state=draft] [data-note=self-approval]"));
        assertThat(browser.driver().findElements(By.cssSelector("[data-action=approve]")))
                .isEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("[data-action=publish]")))
                .isEmpty();
        assertThat(browser.await(By.cssSelector("[data-note=needs-approval]")).getText())
                .contains("someone other than you");
        browser.screenshot("statements");

        signOut();
        openStatements("commander", incidentId);
        browser.await(By.cssSelector("[data-action=approve]")).click();
        browser.await(By.cssSelector("[data-state=approved]"));
        assertThat(browser.driver().findElements(By.cssSelector("[data-action=publish]")))
                .isEmpty();
        assertThat(browser.await(By.cssSelector("[data-note=publisher]")).getText())
                .contains(spokesperson);

        signOut();
        openStatements(spokesperson, incidentId);
        browser.await(By.cssSelector("[data-state=approved] [data-action=publish]"))
                .click();
        assertThat(framedPreviewText()).contains(headline);
        browser.awaitText(By.cssSelector("[data-statement-preview] [data-preview=cap] h3"), "CAP 1.2 alert");
        assertThat(browser.driver()
                        .findElement(By.cssSelector("[data-statement-preview] [data-preview=cap] pre"))
                        .getText())
                .contains("<alert")
                .contains("<msgType>Alert</msgType>")
                .contains("<headline>" + headline + "</headline>");
        assertThat(browser.driver()
                        .findElement(By.cssSelector("[data-statement-preview] [data-preview=atom] pre"))
                        .getText())
                .contains("<entry")
                .contains("<title>" + headline + "</title>");
        scrollIntoView(By.cssSelector("[data-statement-preview]"));
        browser.screenshot("statement-preview");
        browser.driver()
                .findElement(By.cssSelector("[data-action=confirm-publish]"))
                .click();

        browser.await(By.cssSelector("[data-state=published]"));
        browser.await(By.cssSelector(".statement-published [data-status-link]")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), headline));
        assertThat(browser.driver().getCurrentUrl()).contains("/status");
        ((JavascriptExecutor) browser.driver()).executeScript("window.scrollTo(0, 0);");
        browser.screenshot("status-page");
    }

    @Test
    void aSpokespersonWhoIsNotDesignatedSeesNoPublishButtonEvenOnAPhone() {
        UUID incidentId = scenario.declaredIncident(false);
        String designated = scenario.login("SPOKESPERSON");
        String other = scenario.login("SPOKESPERSON");
        scenario.designate(incidentId, designated);
        scenario.draft(incidentId, "commander", "Visitors welcome again");
        browser = new Browser(port, 500, 740);
        // headless Chromium's windows are at least 500 px wide: emulate a 360 px phone screen
        ((ChromeDriver) browser.driver())
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of("width", 360, "height", 740, "deviceScaleFactor", 1, "mobile", true));

        openStatements(other, incidentId);

        browser.await(By.cssSelector("[data-state=draft] [data-action=approve]"));
        assertThat(browser.driver().findElements(By.cssSelector("[data-action=publish]")))
                .isEmpty();
        assertThat(browser.await(By.cssSelector("[data-state=draft] [data-note=publisher]"))
                        .getText())
                .isEqualTo("Only the designated spokesperson, " + designated + ", may publish.");
        assertThat(((JavascriptExecutor) browser.driver()).executeScript("return window.innerWidth;"))
                .isEqualTo(360L);
        assertThat(((JavascriptExecutor) browser.driver())
                        .executeScript("return document.documentElement.scrollWidth <= window.innerWidth;"))
                .isEqualTo(true);
        ((JavascriptExecutor) browser.driver()).executeScript("window.scrollTo(0, 0);");
        browser.screenshot("statements-phone");
    }

    private void openStatements(String user, UUID incidentId) {
        browser.signIn(user, PASSWORD);
        browser.await(By.cssSelector("#nav a"));
        browser.open("incidents/" + incidentId + "/statements");
        browser.await(By.cssSelector("main .statement-rules"));
    }

    private void signOut() {
        browser.driver().findElement(By.xpath("//header//button[.='Sign out']")).click();
        browser.await(By.cssSelector("form.signin"));
    }

    private void scrollIntoView(By locator) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView();", browser.await(locator));
    }

    /** The text of the public-page preview, read inside its sandboxed (script-free) frame. */
    private String framedPreviewText() {
        WebElement frame = browser.await(By.cssSelector("[data-statement-preview] [data-preview-frame]"));
        browser.driver().switchTo().frame(frame);
        try {
            return browser.await(By.cssSelector("article h2")).getText();
        } finally {
            browser.driver().switchTo().defaultContent();
        }
    }
}
