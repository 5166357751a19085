package io.muster.incident.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.incident.Answers;
import io.muster.incident.Fixtures;
import io.muster.incident.Fixtures.TestPerson;
import io.muster.incident.IncidentServiceIntegrationTest;
import io.muster.testkit.Browser;
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
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The console in a real headless Chromium against the service on real PostgreSQL and Kafka. */
@IncidentServiceIntegrationTest
class ConsoleBrowserIntegrationTests {

    private static final String PASSWORD = IncidentServiceIntegrationTest.PASSWORD;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    JsonMapper json;

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
    void aCommanderDeclaresAndTheLiveViewCountsMoveWithoutReload() {
        TestPerson person = new Fixtures(db).person(Fixtures.freshRole(), "+15557200001", false);
        browser.signIn("commander", PASSWORD);
        browser.await(By.linkText("Declare")).click();
        browser.type(By.cssSelector("main input[type=text][maxlength='120']"), "Smoke in the server room");
        browser.type(By.cssSelector("main textarea"), "Leave the second floor by the west stairs.");
        browser.type(By.xpath("//label[contains(., 'employee ids')]/following-sibling::input"), person.employeeId());
        browser.screenshot("declare");
        browser.driver().findElement(By.cssSelector("main button[type=submit]")).click();

        browser.awaitText(By.cssSelector("[data-count=targeted]"), "1");
        assertThat(browser.heading()).isEqualTo("Smoke in the server room");
        ((JavascriptExecutor) browser.driver()).executeScript("window.notReloaded = true;");
        UUID incidentId = UUID.fromString(browser.driver().getCurrentUrl().replaceAll(".*#/incidents/", ""));

        new Answers(db, kafka, json).safe(incidentId, person);

        browser.awaitText(By.cssSelector("[data-count=safe]"), "1");
        browser.awaitText(By.cssSelector("[data-count=answered]"), "1");
        assertThat(((JavascriptExecutor) browser.driver()).executeScript("return window.notReloaded === true;"))
                .isEqualTo(true);
        browser.screenshot("incident-live");
    }

    @Test
    void aLifeSafetyAlertAsksForConfirmationFirst() {
        TestPerson person = new Fixtures(db).person(Fixtures.freshRole(), "+15557200002", false);
        browser.signIn("commander", PASSWORD);
        browser.await(By.linkText("Declare")).click();
        browser.type(By.cssSelector("main input[type=text][maxlength='120']"), "Fire at Riverside");
        browser.type(By.cssSelector("main textarea"), "Evacuate now.");
        new Select(browser.driver()
                        .findElement(By.xpath("//label[starts-with(., 'Priority')]/following-sibling::select")))
                .selectByValue("LIFE_SAFETY");
        browser.type(By.xpath("//label[contains(., 'employee ids')]/following-sibling::input"), person.employeeId());
        browser.driver().findElement(By.cssSelector("main button[type=submit]")).click();

        browser.await(By.cssSelector("[role=alertdialog]"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("#/declare");
        browser.screenshot("declare-life-safety-confirmation");
        browser.driver()
                .findElement(By.cssSelector("[role=alertdialog] button.danger"))
                .click();

        browser.awaitText(By.cssSelector("[data-count=targeted]"), "1");
        assertThat(browser.driver().findElement(By.cssSelector(".badge.life")).getText())
                .isEqualTo("Life safety");
    }

    @Test
    void anEmployeeCannotReachTheCommanderPages() {
        browser.signIn("employee", PASSWORD);
        // the home page is drawn when its data arrives: wait for it, or it overdraws the next page
        browser.awaitText(By.cssSelector("main h1"), "My alerts");
        browser.open("declare");

        browser.awaitText(By.cssSelector("main h1"), "Not available");
        assertThat(browser.driver().findElements(By.linkText("Declare"))).isEmpty();
        assertThat(browser.driver().findElements(By.linkText("Incidents"))).isEmpty();
    }

    @Test
    void aWrongPasswordIsAReadableMessage() {
        browser.signIn("commander", "not-the-password");

        browser.awaitText(By.id("message"), "Wrong user name or password.");
        assertThat(browser.heading()).isEqualTo("Sign in to Muster");
        browser.screenshot("sign-in");
    }

    @Test
    void anAdminImportsPeopleAndSeesTheReportPerRow() throws Exception {
        java.nio.file.Path csv = java.nio.file.Files.createTempFile("people", ".csv");
        String id = "B" + UUID.randomUUID().toString().substring(0, 6);
        java.nio.file.Files.writeString(
                csv,
                "employee_id,name,phone,email,locale,time_zone,site,department,manager_employee_id,deputy_employee_id,roles,channels\n"
                        + id + ",Browser Test,+442079460" + (100 + new java.util.Random().nextInt(900))
                        + ",,en,Europe/London,,,,,,\n"
                        + id + "X,No Phone,not-a-number,,en,,,,,,,\n");
        browser.signIn("admin", PASSWORD);
        browser.await(By.linkText("People")).click();
        browser.await(By.cssSelector("input[type=file]")).sendKeys(csv.toString());
        browser.driver().findElement(By.xpath("//button[.='Import']")).click();

        browser.await(By.xpath("//td[.='created']"));
        assertThat(browser.driver().findElement(By.xpath("//td[.='rejected']")).isDisplayed())
                .isTrue();
        browser.screenshot("directory-import");
    }
}
