package io.muster.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromedriver}, which
 * {@code infra/test} installs) pointed at the console, with the few steps the tests repeat.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("muster.test.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("muster.test.chromedriver", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target", "console-screenshots");

    private final ChromeDriver driver;
    private final String base;
    private final WebDriverWait wait;

    public Browser(int port, int width, int height) {
        this("http://localhost:" + port, width, height);
    }

    public Browser(String base, int width, int height) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            throw new IllegalStateException("Browser tests need " + CHROMIUM + " and " + DRIVER
                    + ": run infra/test (it installs Debian's chromium and chromium-driver) or install them.");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // The flags keep Chromium off the (closed) network and quiet on a headless root session.
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        this.base = base;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String hash) {
        driver.get(base + "/console/#/" + hash);
    }

    public void signIn(String user, String password) {
        open("signin");
        type(By.name("username"), user);
        type(By.name("password"), password);
        driver.findElement(By.cssSelector("form.signin button[type=submit]")).click();
    }

    /**
     * Clicks what the locator finds, finding it again when a live page replaced the element between
     * finding and clicking (pages that refresh on server-sent events rebuild their rows).
     */
    public void click(By locator) {
        retrying(() -> driver.findElement(locator).click());
    }

    /** Runs steps until they get through without meeting an element the page has since replaced. */
    public void retrying(Runnable steps) {
        try {
            wait.ignoring(StaleElementReferenceException.class).until(d -> {
                steps.run();
                return true;
            });
        } catch (TimeoutException e) {
            throw new AssertionError(e.getMessage() + "\n" + state(), e);
        }
    }

    public void type(By field, String text) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(field));
        element.clear();
        element.sendKeys(text);
    }

    public WebElement await(By locator) {
        try {
            return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
        } catch (TimeoutException e) {
            throw new AssertionError(e.getMessage() + "\n" + state(), e);
        }
    }

    public void awaitText(By locator, String text) {
        try {
            wait.until(ExpectedConditions.textToBe(locator, text));
        } catch (TimeoutException e) {
            throw new AssertionError(e.getMessage() + "\n" + state(), e);
        }
    }

    /** What the page showed, for a failure message: the URL, the message box and the main area. */
    private String state() {
        return "at " + driver.getCurrentUrl() + "\nmessage: "
                + driver.findElement(By.id("message")).getText() + "\nmain: "
                + driver.findElement(By.id("main")).getText();
    }

    public String heading() {
        return await(By.cssSelector("main h1")).getText();
    }

    public void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
