package io.muster.incident.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.incident.IncidentServiceIntegrationTest;
import io.muster.testkit.Browser;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Signing in to the console in a real headless Chromium, and the admins' logins page. */
@IncidentServiceIntegrationTest
class ConsoleSignInBrowserIntegrationTests {

    private static final String PASSWORD = IncidentServiceIntegrationTest.PASSWORD;

    @LocalServerPort
    int port;

    @Autowired
    WebTestClient http;

    private Browser browser;

    @BeforeEach
    void patientClient() {
        http = http.mutate().responseTimeout(Duration.ofSeconds(30)).build();
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) browser.close();
    }

    @Test
    void theBrowserKeepsNoPasswordAndSigningOutEndsTheSession() {
        browser = new Browser(port, 1280, 900);
        browser.signIn("hr", PASSWORD);
        browser.await(By.linkText("Incidents"));

        String stored = (String) js("return JSON.stringify({session: {...sessionStorage}, local: {...localStorage}})"
                + " + document.cookie;");
        assertThat(stored)
                .doesNotContain(PASSWORD)
                .doesNotContain(Base64.getEncoder().encodeToString(("hr:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .doesNotContain("Basic");
        String token = (String) js("return sessionStorage.getItem('muster.session');");
        assertThat(token).isNotBlank();

        browser.driver().navigate().refresh();
        browser.await(By.linkText("Incidents"));

        browser.click(By.xpath("//button[.='Sign out']"));
        browser.await(By.cssSelector("form.signin"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> http.get()
                                .uri("/api/session")
                                .header("Authorization", "Session " + token)
                                .exchange()
                                .returnResult(String.class)
                                .getStatus()
                                .value()
                        == 401);
    }

    @Test
    void anAdminAddsALoginThatSignsInAndDisablesItSoItCannot() {
        String login = "ops-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "a-console-made-password";
        browser = new Browser(port, 1280, 900);
        browser.signIn("admin", PASSWORD);
        browser.await(By.linkText("Logins")).click();
        browser.type(By.name("new-username"), login);
        browser.type(By.name("new-password"), password);
        browser.click(By.cssSelector("input[name=role][value=HR]"));
        browser.click(By.xpath("//button[.='Add login']"));
        browser.await(By.cssSelector("[data-login-state='" + login + "']"));
        browser.screenshot("logins");
        assertThat(browser.driver().getPageSource()).doesNotContain(password);

        signInElsewhere(login, password);
        browser.await(By.linkText("Incidents"));

        signInElsewhere("admin", PASSWORD);
        browser.await(By.linkText("Logins")).click();
        browser.click(By.cssSelector("a[aria-label='Manage login " + login + "']"));
        browser.click(By.xpath("//button[.='Disable login']"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBe(By.cssSelector("[data-login-state='" + login + "']"), "Disabled"));

        signInElsewhere(login, password);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("message"), "Wrong user name or password."));
    }

    /** A fresh browser (nothing kept from the last one), signing in. */
    private void signInElsewhere(String login, String password) {
        browser.close();
        browser = new Browser(port, 1280, 900);
        browser.signIn(login, password);
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script);
    }
}
