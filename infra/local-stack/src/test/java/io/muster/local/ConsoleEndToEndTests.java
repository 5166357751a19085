package io.muster.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.muster.simulator.PhoneMessage;
import io.muster.testkit.Browser;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * The console in a real headless Chromium against the whole running stack (the run command's
 * three services, broker, database, mail server and phone simulator): each role does its job and
 * the simulated phones answer in between.
 */
@ExtendWith(SharedStack.Resolver.class)
class ConsoleEndToEndTests {

    private static final Duration LOOP = Duration.ofSeconds(60);
    private static final Pattern CODE = Pattern.compile("code (\\d+)");

    private static LocalStack stack;
    private static String console;
    private static String password;

    @BeforeAll
    static void useTheStack(SharedStack shared) {
        stack = shared.stack();
        console = shared.stack().settings().incidentServiceUrl();
        password = shared.stack().settings().secrets().demoPassword();
    }

    @Test
    void aCrisisRunsThroughTheConsoleRoleByRole() {
        String title = "Power loss at Riverside " + UUID.randomUUID().toString().substring(0, 8);
        commanderDeclaresAndWatchesThePhonesAnswer(title);
        hrFindsWhoNeedsHelpAndUpdatesAnotherOnTheirBehalf(title);
        theSpokespersonPublishesAndThePublicPageShowsIt(title);
    }

    private void commanderDeclaresAndWatchesThePhonesAnswer(String title) {
        try (Browser commander = new Browser(console, 1280, 900)) {
            commander.signIn("commander", password);
            commander.await(By.linkText("Declare")).click();
            commander.type(By.cssSelector("main input[type=text][maxlength='120']"), title);
            commander.type(By.cssSelector("main textarea"), "Work from home until further notice.");
            commander.type(
                    By.xpath("//label[contains(., 'employee ids')]/following-sibling::input"), "E010, E011, E012");
            commander
                    .driver()
                    .findElement(By.cssSelector("main button[type=submit]"))
                    .click();
            commander.awaitText(By.cssSelector("[data-count=targeted]"), "3");
            ((JavascriptExecutor) commander.driver()).executeScript("window.notReloaded = true;");

            answer("+15550100010", title, "1");
            answer("+15550100011", title, "2");

            commander.awaitText(By.cssSelector("[data-count=safe]"), "1");
            commander.awaitText(By.cssSelector("[data-count=needHelp]"), "1");
            commander.awaitText(By.cssSelector("[data-count=answered]"), "2");
            assertThat(((JavascriptExecutor) commander.driver()).executeScript("return window.notReloaded === true;"))
                    .isEqualTo(true);
            commander.screenshot("stack-live-view");

            // the commander designates the spokesperson on the incident's statements page
            commander.await(By.linkText("Statements")).click();
            commander.type(By.cssSelector("[data-field=spokesperson]"), "spokesperson");
            commander.driver().findElement(By.xpath("//button[.='Designate']")).click();
            commander.await(By.cssSelector("[data-publisher=spokesperson]"));
        }
    }

    private void hrFindsWhoNeedsHelpAndUpdatesAnotherOnTheirBehalf(String title) {
        try (Browser hr = new Browser(console, 1280, 900)) {
            hr.signIn("hr", password);
            hr.await(By.linkText(title)).click(); // HR's link leads to the accountability board
            hr.await(By.cssSelector("tr[data-acc-person=E011][data-state=NEEDS_HELP]"));

            // the board redraws its rows on every live update: find them again if one came in between
            By history = By.cssSelector("tr[data-acc-person=E012] [data-action=person]");
            hr.await(history);
            hr.click(history);
            By form = By.cssSelector("form[data-on-behalf=E012]");
            hr.await(form);
            hr.retrying(() -> {
                new Select(hr.driver().findElement(form).findElement(By.name("state"))).selectByValue("SAFE");
                var comment = hr.driver().findElement(form).findElement(By.name("comment"));
                comment.clear();
                comment.sendKeys("Called her mobile: she is at home.");
                hr.driver()
                        .findElement(form)
                        .findElement(By.xpath(".//button[.='Save update']"))
                        .click();
            });

            hr.awaitText(By.cssSelector("[data-acc-count=SAFE]"), "2");
            hr.await(By.cssSelector("[data-acc-panel=E012] li[data-answer=SAFE][data-source=OPERATOR]"));
            hr.screenshot("stack-accountability");
        }
    }

    private void theSpokespersonPublishesAndThePublicPageShowsIt(String title) {
        String headline =
                "Riverside is closed today " + UUID.randomUUID().toString().substring(0, 6);
        try (Browser spokesperson = new Browser(console, 1280, 900)) {
            spokesperson.signIn("spokesperson", password);
            spokesperson.await(By.linkText(title)).click(); // the spokesperson's link leads to statements
            awaitAndClick(spokesperson, By.cssSelector("[data-action=new-statement]"));
            spokesperson.type(By.cssSelector("[data-field=headline]"), headline);
            spokesperson.type(By.cssSelector("[data-field=text]"), "Staff work from home; the site reopens tomorrow.");
            awaitAndClick(spokesperson, By.cssSelector("[data-action=save-statement]"));
            awaitAndClick(spokesperson, By.cssSelector("article[data-statement-id] [data-action=publish]"));
            awaitAndClick(spokesperson, By.cssSelector("[data-action=confirm-publish]"));
            awaitAndClick(spokesperson, By.cssSelector(".statement-published [data-status-link]"));

            spokesperson.await(By.xpath("//*[contains(., '" + headline + "')]"));
            spokesperson.screenshot("stack-status-page");
        }
    }

    @Test
    void anEmployeeCannotReachTheCommanderPage() {
        try (Browser employee = new Browser(console, 390, 844)) {
            employee.signIn("employee", password);
            employee.await(By.linkText("My alerts"));
            employee.open("declare");

            employee.awaitText(By.cssSelector("main h1"), "Not available");
            assertThat(employee.driver().findElements(By.linkText("Declare"))).isEmpty();
        }
    }

    private static void awaitAndClick(Browser browser, By locator) {
        browser.await(locator);
        browser.click(locator);
    }

    /** The person's phone replies to the alert with an option and the alert's reply code. */
    private static void answer(String phone, String title, String option) {
        await().atMost(LOOP).until(() -> alertOn(phone, title) != null);
        Matcher code = CODE.matcher(alertOn(phone, title).body());
        assertThat(code.find()).as("reply code in the alert").isTrue();
        assertThat(stack.simulator()
                        .replySms(phone, option + " " + code.group(1))
                        .status())
                .isEqualTo(200);
    }

    private static PhoneMessage alertOn(String phone, String title) {
        return stack.simulator().inbox(phone).stream()
                .filter(m -> m.kind() == PhoneMessage.Kind.SMS && m.body().contains(title))
                .findFirst()
                .orElse(null);
    }
}
