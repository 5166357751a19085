package io.muster.notifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** A request whose answer window has passed is not sent: its link, call and code would be dead. */
class ExpiredRequestIntegrationTests extends NotifierIntegrationTest {

    @Test
    void aRequestPastItsExpiryIsNotSentAndFailsPermanentlyAsExpired() {
        String phone = freshPhoneNumber();
        ObjectNode request = request("LIFE_SAFETY", "SMS", phone, "EMAIL", freshEmail());
        request.put("expiresAt", Instant.now().minus(Duration.ofMinutes(1)).toString());

        publish(topics.priorityNotificationRequests(), request);

        JsonNode failed = awaitOutcome(request, "NotificationFailed", "SMS");
        assertThat(failed.get("reason").asString()).isEqualTo("expired");
        assertThat(failed.get("permanent").asBoolean()).isTrue();
        assertThat(outcomesWithin(request, "EMAIL", Duration.ofSeconds(2))).isEmpty();
        assertThat(simulator.inbox(phone)).isEmpty();
        assertThat(ledger(request, "SMS")).isEmpty();
    }

    @Test
    void aRequestStillInItsWindowIsSent() {
        String phone = freshPhoneNumber();
        ObjectNode request = request("LIFE_SAFETY", "SMS", phone);
        request.put("expiresAt", Instant.now().plus(Duration.ofMinutes(1)).toString());

        publish(topics.priorityNotificationRequests(), request);

        awaitOutcome(request, "NotificationSent", "SMS");
        assertThat(simulator.inbox(phone)).hasSize(1);
    }
}
