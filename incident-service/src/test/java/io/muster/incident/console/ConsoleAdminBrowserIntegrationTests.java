package io.muster.incident.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.incident.Fixtures;
import io.muster.incident.Fixtures.TestPerson;
import io.muster.incident.IncidentServiceIntegrationTest;
import io.muster.testkit.Browser;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The admin pages (people, sites and roles, call trees) in a real headless Chromium. */
@IncidentServiceIntegrationTest
class ConsoleAdminBrowserIntegrationTests {

    private static final String PASSWORD = IncidentServiceIntegrationTest.PASSWORD;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    private Browser browser;

    @AfterEach
    void stopBrowser() {
        if (browser != null) browser.close();
    }

    @Test
    void anAdminAddsASiteWithAnAlternateSiteAndARoleAndSeesWhyAnInUseSiteCannotGo() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String depot = "Depot " + suffix;
        String plant = "Plant " + suffix;
        String role = "Role " + suffix;
        browser = new Browser(port, 1280, 900);
        browser.signIn("admin", PASSWORD);
        browser.await(By.linkText("Sites & roles")).click();

        addSite(depot, null);
        addSite(plant, depot);
        browser.await(By.xpath("//tr[td[1]='" + plant + "'][td[3]='" + depot + "']"));
        browser.type(inputAfter("New role"), role);
        browser.driver().findElement(By.xpath("//button[.='Add role']")).click();
        browser.await(By.xpath("//li[@data-role='" + role + "']"));
        browser.screenshot("sites");

        browser.driver()
                .findElement(By.cssSelector("button[aria-label='Delete site " + depot + "']"))
                .click();
        browser.await(By.xpath("//button[.='Yes, delete " + depot + "']")).click();
        awaitContains(By.id("message"), "People or sites still refer to this site.");
        assertThat(browser.driver().findElements(By.xpath("//tr[td[1]='" + depot + "']")))
                .hasSize(1);
    }

    @Test
    void anAdminSeesAnUnreachablePhoneMarkedAndTheFieldErrorForAnInvalidPhoneThenFixesIt() {
        TestPerson person = new Fixtures(db).person(Fixtures.freshRole(), "+15557300001", true);
        db.sql("INSERT INTO contact_points (person_id, kind, address, permanent_failures, flagged_at)"
                        + " VALUES (?, 'PHONE', ?, 3, now())")
                .params(person.id(), person.phone())
                .update();
        browser = new Browser(port, 1280, 900);
        browser.signIn("admin", PASSWORD);
        browser.await(By.linkText("People")).click();
        browser.type(By.cssSelector("input[type=search]"), person.employeeId());
        browser.driver().findElement(By.xpath("//button[.='Search']")).click();
        browser.await(By.cssSelector("a[data-person='" + person.employeeId() + "']"));
        assertThat(browser.driver()
                        .findElement(By.xpath("//tr[td[1]='" + person.employeeId() + "']//li[@data-flagged]"))
                        .getText())
                .isEqualTo(person.phone() + " unreachable");
        browser.screenshot("directory-people");
        browser.driver()
                .findElement(By.cssSelector("a[data-person='" + person.employeeId() + "']"))
                .click();

        browser.type(By.cssSelector("textarea[data-field=phones]"), "not-a-number");
        browser.driver().findElement(By.xpath("//button[.='Save person']")).click();
        browser.awaitText(By.cssSelector("[data-error-for=phones]"), "Entry 1: not a valid phone number");
        assertThat(browser.driver()
                        .findElement(By.cssSelector("textarea[data-field=phones]"))
                        .getAttribute("aria-invalid"))
                .isEqualTo("true");
        browser.screenshot("directory-person-field-error");

        browser.type(By.cssSelector("textarea[data-field=phones]"), "+1 415 555 2671");
        rerenderedAfter(By.xpath("//button[.='Save person']"));
        browser.awaitText(By.id("message"), "Test " + person.employeeId() + " saved.");
        assertThat(new Fixtures(db)
                        .count("SELECT count(*) FROM people WHERE id = ? AND phone = '+14155552671'", person.id()))
                .isEqualTo(1);
        assertThat(browser.driver()
                        .findElement(By.cssSelector("textarea[data-field=phones]"))
                        .getAttribute("value"))
                .isEqualTo("+14155552671");
    }

    @Test
    void anAdminBuildsATwoLevelCallTreeMovesALevelAndSeesTheDryRun() {
        Fixtures fixtures = new Fixtures(db);
        String first = Fixtures.freshRole();
        String second = Fixtures.freshRole();
        TestPerson firstPerson = fixtures.person(first, "+15557300002", false);
        TestPerson secondPerson = fixtures.person(second, "+15557300003", false);
        String name = "Tree " + UUID.randomUUID().toString().substring(0, 8);
        browser = new Browser(port, 1280, 1500);
        browser.signIn("admin", PASSWORD);
        browser.await(By.linkText("Call trees")).click();
        browser.await(By.cssSelector("[data-action=new-tree]")).click();
        browser.type(inputAfter("Name"), name);

        save();
        browser.awaitText(By.cssSelector("[data-level='1'] [data-error-for='levels[0].roles']"), "must not be empty");

        fillLevel(1, first, "5", "1");
        browser.driver().findElement(By.cssSelector("[data-action=add-level]")).click();
        fillLevel(2, second, "10", "1");
        browser.awaitText(By.cssSelector("[data-level='2'] [data-picked]"), "Chosen: " + second);
        scrollTo(By.cssSelector("main h1"));
        browser.screenshot("call-tree-editor");
        save();
        browser.awaitText(By.id("message"), "Call tree " + name + " saved.");

        browser.driver().navigate().refresh();
        browser.awaitText(By.cssSelector("main h1"), "Call tree: " + name);
        assertLevel(1, first, "5", "1");
        assertLevel(2, second, "10", "1");

        browser.driver()
                .findElement(By.cssSelector("button[aria-label='Move level 2 up']"))
                .click();
        assertLevel(1, second, "10", "1");
        rerenderedAfter(By.xpath("//button[.='Save call tree']"));
        browser.awaitText(By.id("message"), "Call tree " + name + " saved.");
        assertLevel(1, second, "10", "1");
        assertLevel(2, first, "5", "1");

        browser.driver().findElement(By.xpath("//button[.='Run dry run']")).click();
        browser.await(By.cssSelector("tr[data-employee='" + secondPerson.employeeId() + "'][data-minute='0']"));
        browser.await(By.cssSelector("tr[data-employee='" + firstPerson.employeeId() + "'][data-minute='10']"));
        assertThat(browser.driver()
                        .findElements(By.cssSelector(
                                "tr[data-employee='" + firstPerson.employeeId() + "'][data-minute='0']")))
                .isEmpty();
        scrollTo(By.cssSelector("[data-dry-run]"));
        browser.screenshot("call-tree-dry-run");
    }

    @Test
    void aCommanderOpensCallTreesOnAPhoneButNotPeople() {
        browser = new Browser(port, 1280, 900);
        // Chromium's window cannot be narrower than 500 px: emulate a 360 px phone screen instead.
        ((ChromeDriver) browser.driver())
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of("width", 360, "height", 780, "deviceScaleFactor", 1, "mobile", true));
        browser.signIn("commander", PASSWORD);
        browser.await(By.linkText("Call trees")).click();
        browser.await(By.cssSelector("[data-action=new-tree]")).click();
        browser.awaitText(By.cssSelector("main h1"), "New call tree");
        assertThat(browser.driver().findElements(By.linkText("People"))).isEmpty();
        assertThat(browser.driver().findElements(By.linkText("Sites & roles"))).isEmpty();
        assertThat(((JavascriptExecutor) browser.driver())
                        .executeScript("return window.innerWidth === 360"
                                + " && document.documentElement.scrollWidth <= window.innerWidth;"))
                .as("the editor fits a phone-sized screen")
                .isEqualTo(true);
        browser.screenshot("call-tree-editor-phone");

        browser.open("directory");
        browser.awaitText(By.cssSelector("main h1"), "Not available");
    }

    private void addSite(String name, String alternate) {
        browser.type(inputAfter("New site name"), name);
        if (alternate != null) {
            new Select(browser.driver()
                            .findElement(
                                    By.xpath("//label[starts-with(., 'Alternate site')]/following-sibling::select")))
                    .selectByVisibleText(alternate);
        }
        browser.driver().findElement(By.xpath("//button[.='Add site']")).click();
        browser.await(By.xpath("//tr[td[1]='" + name + "']"));
    }

    private void fillLevel(int level, String role, String minutes, String quorum) {
        String card = "[data-level='" + level + "'] ";
        new Select(browser.await(By.cssSelector(card + "select[data-input=roles]"))).selectByVisibleText(role);
        browser.type(By.cssSelector(card + "input[data-input=escalateAfter]"), minutes);
        browser.type(By.cssSelector(card + "input[data-input=quorum]"), quorum);
    }

    private void assertLevel(int level, String role, String minutes, String quorum) {
        String card = "[data-level='" + level + "'] ";
        List<String> roles = new Select(browser.await(By.cssSelector(card + "select[data-input=roles]")))
                .getAllSelectedOptions().stream().map(WebElement::getText).toList();
        assertThat(roles).containsExactly(role);
        assertThat(value(card + "input[data-input=escalateAfter]")).isEqualTo(minutes);
        assertThat(value(card + "input[data-input=quorum]")).isEqualTo(quorum);
    }

    /** Clicks and waits until the page was drawn anew (from what the server now holds). */
    private void rerenderedAfter(By button) {
        WebElement heading = browser.driver().findElement(By.cssSelector("main h1"));
        browser.driver().findElement(button).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(heading));
        browser.await(By.cssSelector("main h1"));
    }

    private void scrollTo(By locator) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView();", browser.await(locator));
    }

    private String value(String css) {
        return browser.driver().findElement(By.cssSelector(css)).getAttribute("value");
    }

    private void save() {
        browser.driver().findElement(By.xpath("//button[.='Save call tree']")).click();
    }

    private static By inputAfter(String label) {
        return By.xpath("//label[starts-with(., '" + label + "')]/following-sibling::input[1]");
    }

    private void awaitContains(By locator, String text) {
        try {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(
                    "expected '" + text + "' in " + locator + " but it said: "
                            + browser.driver().findElement(locator).getText(),
                    e);
        }
    }
}
