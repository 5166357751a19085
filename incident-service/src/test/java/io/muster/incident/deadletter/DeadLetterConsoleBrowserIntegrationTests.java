package io.muster.incident.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.incident.IncidentServiceIntegrationTest;
import io.muster.testkit.Browser;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;

/** The admin's dead-letters page in a real headless Chromium: the reason shown, a record sent back. */
@IncidentServiceIntegrationTest
class DeadLetterConsoleBrowserIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, String> kafka;

    private Browser browser;

    @AfterEach
    void stopBrowser() {
        if (browser != null) browser.close();
    }

    @Test
    void anAdminSeesWhyARecordWasDeadLetteredAndSendsItBack() {
        String eventId = UUID.randomUUID().toString();
        String reason = "Unknown event type 'NotificationTeleported' " + eventId.substring(0, 8);
        var dead = new ProducerRecord<>(
                "muster.delivery.v1.DLT",
                UUID.randomUUID().toString(),
                "{\"type\":\"NotificationTeleported\",\"eventId\":\"" + eventId + "\"}");
        dead.headers().add(KafkaHeaders.DLT_ORIGINAL_TOPIC, "muster.delivery.v1".getBytes(StandardCharsets.UTF_8));
        dead.headers().add(KafkaHeaders.DLT_EXCEPTION_MESSAGE, reason.getBytes(StandardCharsets.UTF_8));
        kafka.send(dead).join();

        browser = new Browser(port, 1280, 900);
        browser.signIn("admin", IncidentServiceIntegrationTest.PASSWORD);
        browser.await(By.linkText("Dead letters")).click();
        var row = browser.await(By.xpath("//tr[td//code[.='" + eventId + "']]"));
        assertThat(row.getText())
                .contains(reason)
                .contains("muster.delivery.v1")
                .contains("NotificationTeleported");
        browser.screenshot("dead-letters");

        WebElement sendBack = row.findElement(By.xpath(".//button[.='Send back']"));
        String place = sendBack.getAttribute("data-place");
        sendBack.click();
        browser.awaitText(By.id("message"), "Sent back to muster.delivery.v1.");
        browser.screenshot("dead-letters-sent-back");
        // the page is drawn again with the record marked as sent back once (the consumer still does not
        // know the type, so it dead-letters the event again: a new record, not sent back)
        By sentBack = By.xpath("//tr[td/button[@data-place='" + place + "']]/td[5]");
        try {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(40))
                    .until(ExpectedConditions.textToBePresentInElementLocated(sentBack, "1×"));
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.screenshot("dead-letters-not-redrawn");
            throw new AssertionError(
                    "message: "
                            + browser.driver().findElement(By.id("message")).getText() + "\nmain: "
                            + browser.driver().findElement(By.id("main")).getText(),
                    e);
        }
    }
}
