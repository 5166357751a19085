package io.muster.notifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.muster.simulator.PhoneMessage;
import io.muster.simulator.Resource;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class NotificationDeliveryIntegrationTests extends NotifierIntegrationTest {

    @Test
    void lifeSafetyRequestReachesThePhoneAndTheMailboxAndBothAreReportedSent() throws Exception {
        String phone = freshPhoneNumber();
        String email = freshEmail();
        ObjectNode request = request("LIFE_SAFETY", "SMS", phone, "EMAIL", email);
        String notificationId = request.get("notificationId").asString();

        publish(topics.priorityNotificationRequests(), request);

        JsonNode smsSent = awaitOutcome(request, "NotificationSent", "SMS");
        List<PhoneMessage> inbox = simulator.inbox(phone);
        assertThat(inbox).singleElement().satisfies(sms -> {
            assertThat(sms.body())
                    .isEqualTo("Fire alarm at Riverside: Evacuate building A now. Assemble at the north car park."
                            + " Reply 1 = safe, 2 = need help (code 47).");
            assertThat(sms.sid()).isEqualTo(smsSent.get("providerReference").asString());
        });
        assertThat(smsSent.get("provider").asString()).isEqualTo("twilio-sms");
        assertThat(smsSent.get("attempt").asInt()).isEqualTo(1);

        JsonNode emailSent = awaitOutcome(request, "NotificationSent", "EMAIL");
        MimeMessage mail = awaitMailTo(email).getFirst();
        String messageId = "<" + notificationId + ".EMAIL.1@muster>";
        assertThat(mail.getMessageID()).isEqualTo(messageId);
        assertThat(emailSent.get("providerReference").asString()).isEqualTo(messageId);
        assertThat(mail.getSubject()).isEqualTo("[Muster] Fire alarm at Riverside");
        assertThat(mail.getHeader("X-Muster-Notification-Id")).containsExactly(notificationId);
        assertThat(mail.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        assertThat(mail.getHeader("X-Priority")).containsExactly("1");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("alerts@muster.local");
        assertThat(ledger(request, "SMS")).containsExactly("1:SENT");
        assertThat(ledger(request, "EMAIL")).containsExactly("1:SENT");
    }

    @Test
    void redeliveredRequestIsNeverSentTwiceAndItsOutcomeIsRepublishedUnchanged() {
        String phone = freshPhoneNumber();
        String email = freshEmail();
        ObjectNode request = request("NORMAL", "SMS", phone, "EMAIL", email);

        publish(topics.notificationRequests(), request);
        publish(topics.notificationRequests(), request);

        // same key, same partition: once two outcomes per channel are out, both records were processed
        await().atMost(PATIENCE)
                .until(() ->
                        outcomesWithin(request, "SMS", Duration.ofMillis(300)).size() == 2
                                && outcomesWithin(request, "EMAIL", Duration.ofMillis(300))
                                                .size()
                                        == 2);
        assertThat(outcomesWithin(request, "SMS", Duration.ofMillis(300)))
                .extracting(event -> event.get("eventId").asString())
                .containsOnly(outcomesWithin(request, "SMS", Duration.ZERO)
                        .getFirst()
                        .get("eventId")
                        .asString());
        assertThat(simulator.inbox(phone)).hasSize(1);
        assertThat(mailTo(email)).hasSize(1);
        assertThat(ledger(request, "SMS")).containsExactly("1:SENT");
        assertThat(ledger(request, "EMAIL")).containsExactly("1:SENT");
        assertThat(mailTo(email).getFirst())
                .satisfies(mail -> assertThat(mail.getHeader("X-Priority")).isNull());
    }

    @Test
    void providerUnavailableOnceIsRetriedAsANewAttemptAndSendsExactlyOneSms() {
        String phone = freshPhoneNumber();
        ObjectNode request = request("LIFE_SAFETY", "SMS", phone);
        simulator.faults().failNext(Resource.MESSAGES, 503, 1);

        publish(topics.priorityNotificationRequests(), request);

        JsonNode sent = awaitOutcome(request, "NotificationSent", "SMS");
        assertThat(sent.get("attempt").asInt()).isEqualTo(2);
        assertThat(simulator.inbox(phone)).hasSize(1);
        assertThat(ledger(request, "SMS")).containsExactly("1:FAILED", "2:SENT");
    }

    @Test
    void providerUnavailableOnEveryTryFailsTheChannelTransientlyAfterThreeAttempts() {
        String phone = freshPhoneNumber();
        ObjectNode request = request("LIFE_SAFETY", "SMS", phone);
        simulator.faults().failNext(Resource.MESSAGES, 503, 3);

        publish(topics.priorityNotificationRequests(), request);

        JsonNode failed = awaitOutcome(request, "NotificationFailed", "SMS");
        assertThat(failed.get("permanent").asBoolean()).isFalse();
        assertThat(failed.get("attempt").asInt()).isEqualTo(3);
        assertThat(failed.get("reason").asString()).startsWith("retries exhausted: Twilio HTTP 503");
        assertThat(ledger(request, "SMS")).containsExactly("1:FAILED", "2:FAILED", "3:FAILED");
        assertThat(simulator.inbox(phone)).isEmpty();
    }

    @Test
    void invalidNumberFailsPermanentlyAtOnceWithoutRetry() {
        String phone = freshPhoneNumber();
        simulator.numbers().invalid(phone);
        ObjectNode request = request("NORMAL", "SMS", phone);

        publish(topics.notificationRequests(), request);

        JsonNode failed = awaitOutcome(request, "NotificationFailed", "SMS");
        assertThat(failed.get("permanent").asBoolean()).isTrue();
        assertThat(failed.get("attempt").asInt()).isEqualTo(1);
        assertThat(failed.get("reason").asString()).contains("21211").doesNotContain(phone.substring(1));
        assertThat(outcomesWithin(request, "SMS", Duration.ofSeconds(1))).hasSize(1);
        assertThat(ledger(request, "SMS")).containsExactly("1:FAILED");
        assertThat(simulator.inbox(phone)).isEmpty();
    }

    @Test
    void voiceFailsPermanentlyUntilItIsSupported() {
        ObjectNode request = request("NORMAL", "VOICE", freshPhoneNumber());

        publish(topics.notificationRequests(), request);

        JsonNode failed = awaitOutcome(request, "NotificationFailed", "VOICE");
        assertThat(failed.get("permanent").asBoolean()).isTrue();
        assertThat(failed.get("reason").asString()).isEqualTo("channel VOICE not supported yet");
    }

    @Test
    void callInterruptedByACrashIsMarkedAmbiguousOnRedeliveryAndNotResent() {
        String phone = freshPhoneNumber();
        ObjectNode request = request("NORMAL", "SMS", phone);
        jdbc.sql("insert into delivery_attempts (notification_id, channel, attempt, status, provider, incident_id,"
                        + " person_id) values (?::uuid, 'SMS', 1, 'PENDING', 'twilio-sms', ?::uuid, ?::uuid)")
                .params(
                        request.get("notificationId").asString(),
                        request.get("incidentId").asString(),
                        request.get("personId").asString())
                .update();

        publish(topics.notificationRequests(), request);

        await().atMost(PATIENCE).until(() -> ledger(request, "SMS").equals(List.of("1:AMBIGUOUS")));
        assertThat(outcomesWithin(request, "SMS", Duration.ofSeconds(1))).isEmpty();
        assertThat(simulator.inbox(phone)).isEmpty();
    }

    @Test
    void providerTimeoutAfterTheRequestLeftIsAmbiguousAndNotRetried() {
        String phone = freshPhoneNumber();
        ObjectNode request = request("NORMAL", "SMS", phone);
        simulator.faults().delay(Resource.MESSAGES, Duration.ofSeconds(5));

        publish(topics.notificationRequests(), request);

        await().atMost(PATIENCE).until(() -> ledger(request, "SMS").equals(List.of("1:AMBIGUOUS")));
        simulator.faults().clear();
        assertThat(outcomesWithin(request, "SMS", Duration.ofSeconds(1))).isEmpty();
        assertThat(ledger(request, "SMS")).containsExactly("1:AMBIGUOUS");
    }
}
