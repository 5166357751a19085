package io.muster.incident.pin;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.incident.Fixtures;
import io.muster.incident.Fixtures.TestPerson;
import io.muster.incident.IncidentServiceIntegrationTest;
import io.muster.testkit.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The hotline PIN pages of the console in a real headless Chromium: a person sets theirs, HR resets one. */
@IncidentServiceIntegrationTest
class ConsoleHotlinePinBrowserIntegrationTests {

    private static final String PASSWORD = IncidentServiceIntegrationTest.PASSWORD;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

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
    void anEmployeeSetsTheirOwnHotlinePin() {
        browser.signIn("employee", PASSWORD);
        browser.awaitText(By.cssSelector("main h1"), "My alerts");
        browser.await(By.linkText("My hotline PIN")).click();
        browser.awaitText(By.cssSelector("main h1"), "Hotline PIN");

        browser.type(By.xpath("//label[starts-with(., 'New PIN')]/following-sibling::input"), "480913");
        browser.type(By.xpath("//label[starts-with(., 'The same PIN')]/following-sibling::input"), "480913");
        browser.driver().findElement(By.cssSelector("main button[type=submit]")).click();

        browser.awaitText(By.id("message"), "Your hotline PIN is saved.");
        browser.await(By.cssSelector("[data-pin-status=set]"));
        String hash = db.sql("SELECT h.pin_hash FROM hotline_pins h JOIN app_users u ON u.person_id = h.person_id"
                        + " WHERE u.username = 'employee'")
                .query((rs, n) -> rs.getString("pin_hash"))
                .optional()
                .orElse(null);
        assertThat(encoder.matches("480913", hash)).isTrue();
        browser.screenshot("hotline-pin");
    }

    @Test
    void hrResetsAPersonsPinAndSeesTheNewOneOnce() {
        TestPerson person = new Fixtures(db).person(Fixtures.freshRole(), "+15557200031", false);
        browser.signIn("hr", PASSWORD);
        // the home page is drawn when its data arrives: wait for it, or it overdraws the next page
        browser.awaitText(By.cssSelector("main h1"), "Incidents");
        browser.await(By.linkText("Hotline PINs")).click();
        browser.awaitText(By.cssSelector("main h1"), "Hotline PINs");

        browser.type(By.cssSelector("main input[type=search]"), person.employeeId());
        browser.driver()
                .findElement(By.cssSelector("main form button[type=submit]"))
                .click();
        browser.await(By.cssSelector("[data-reset='" + person.id() + "']")).click();

        String pin = browser.await(By.cssSelector("[data-new-pin]")).getText();
        assertThat(pin).matches("\\d{6}");
        String hash = db.sql("SELECT pin_hash FROM hotline_pins WHERE person_id = ?")
                .param(person.id())
                .query((rs, n) -> rs.getString("pin_hash"))
                .optional()
                .orElse(null);
        assertThat(encoder.matches(pin, hash)).isTrue();
        browser.screenshot("hotline-pin-reset");
    }
}
