package io.muster.incident.subscriber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.muster.incident.IncidentServiceIntegrationTest;
import io.muster.testkit.TestServers;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IncidentServiceIntegrationTest
class SubscriberMailQueueIntegrationTests {

    @Autowired
    JdbcClient db;

    @Autowired
    SubscriberMailer mailer;

    @Test
    void concurrentDrainsSendEveryQueuedMailExactlyOnce() throws MessagingException {
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            addresses.add(
                    queuedConfirmation("q-" + UUID.randomUUID().toString().substring(0, 12) + "@test.muster.local"));
        }

        List<CompletableFuture<Integer>> drains = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            drains.add(CompletableFuture.supplyAsync(mailer::drainOnce));
        }
        drains.forEach(CompletableFuture::join);

        await().atMost(Duration.ofSeconds(30)).until(() -> sent(addresses) == addresses.size());
        for (String address : addresses) {
            assertThat(mailsTo(address)).as(address).isEqualTo(1);
        }
    }

    @Test
    void aMailThatCannotBeSentIsRetriedLaterAndTheErrorKept() {
        String unusable = "<<not-an-address-" + UUID.randomUUID() + ">>";
        queuedConfirmation(unusable);

        mailer.drainOnce();

        await().atMost(Duration.ofSeconds(30)).until(() -> attempts(unusable) >= 1);
        var row = db.sql(
                        "SELECT d.status, d.last_error, d.next_attempt_at > now() AS later FROM subscriber_deliveries d"
                                + " JOIN subscribers s ON s.id = d.subscriber_id WHERE s.email = ?")
                .param(unusable)
                .query((r, n) -> List.of(
                        r.getString("status"),
                        String.valueOf(r.getString("last_error")),
                        String.valueOf(r.getObject("later", Boolean.class))))
                .optional()
                .orElse(null);
        assertThat(row.get(0)).isEqualTo("PENDING");
        assertThat(row.get(1)).isNotEqualTo("null");
        assertThat(row.get(2)).isEqualTo("true");
    }

    private String queuedConfirmation(String email) {
        UUID id = UUID.randomUUID();
        db.sql("INSERT INTO subscribers (id, email, status, requested_at) VALUES (?, ?, 'PENDING', now())")
                .params(id, email)
                .update();
        db.sql("INSERT INTO subscriber_deliveries (subscriber_id, kind) VALUES (?, 'CONFIRMATION')")
                .param(id)
                .update();
        return email;
    }

    private long sent(List<String> addresses) {
        return db.sql("SELECT count(*) FROM subscriber_deliveries d JOIN subscribers s ON s.id = d.subscriber_id"
                        + " WHERE s.email = ANY(?) AND d.status = 'SENT'")
                .param(addresses.toArray(String[]::new))
                .query((r, n) -> r.getLong(1))
                .single();
    }

    private int attempts(String email) {
        return db.sql("SELECT d.attempts FROM subscriber_deliveries d JOIN subscribers s ON s.id = d.subscriber_id"
                        + " WHERE s.email = ?")
                .param(email)
                .query((r, n) -> r.getObject(1, Integer.class))
                .optional()
                .orElse(null);
    }

    private static long mailsTo(String address) throws MessagingException {
        long count = 0;
        for (var message : TestServers.shared().greenMail().getReceivedMessages()) {
            if (Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(r -> r.toString().equals(address))) {
                count++;
            }
        }
        return count;
    }
}
