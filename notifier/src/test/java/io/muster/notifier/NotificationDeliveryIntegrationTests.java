package io.muster.notifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.muster.simulator.PhoneMessage;
import io.muster.simulator.Resource;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class NotificationDeliveryIntegrationTests extends NotifierIntegrationTest {

    private static final String ANSWER_LINK = "/answer/[a-z2-7]{48}";

    @Test
    void lifeSafetySmsCarriesTheInstructionAndTheAnswerLinkAndStopsTheFailoverOnceSent() {
        String phone = freshPhoneNumber();
        String email = freshEmail();
        ObjectNode request = request("LIFE_SAFETY", "SMS", phone, "EMAIL", email);

        publish(topics.priorityNotificationRequests(), request);

        JsonNode smsSent = awaitOutcome(request, "NotificationSent", "SMS");
        List<PhoneMessage> inbox = simulator.inbox(phone);
        assertThat(inbox).singleElement().satisfies(sms -> {
            assertThat(sms.body())
                    .startsWith("Fire alarm at Riverside: Evacuate building A now. Assemble at the north car park."
                            + " If Riverside cannot be used, go to Hilltop Depot, 12 Hill Road."
                            + " Reply 1 = safe, 2 = need help (code 47). Answer: http://127.0.0.1:")
                    .containsPattern(ANSWER_LINK + "$");
            assertThat(sms.sid()).isEqualTo(smsSent.get("providerReference").asString());
        });
        assertThat(smsSent.get("provider").asString()).isEqualTo("twilio-sms");
        assertThat(outcomesWithin(request, "EMAIL", Duration.ofSeconds(1))).isEmpty();
        assertThat(mailTo(email)).isEmpty();
        assertThat(ledger(request, "SMS")).containsExactly("1:SENT");
    }

    @Test
    void redeliveredRequestIsNeverSentTwiceAndItsOutcomeIsRepublishedUnchanged() {
        String phone = freshPhoneNumber();
        ObjectNode request = request("NORMAL", "SMS", phone, "EMAIL", freshEmail());

        publish(topics.notificationRequests(), request);
        publish(topics.notificationRequests(), request);

        await().atMost(PATIENCE)
                .until(() ->
                        outcomesWithin(request, "SMS", Duration.ofMillis(300)).size() == 2);
        assertThat(outcomesWithin(request, "SMS", Duration.ofMillis(300)))
                .extracting(event -> event.get("eventId").asString())
                .containsOnly(outcomesWithin(request, "SMS", Duration.ZERO)
                        .getFirst()
                        .get("eventId")
                        .asString());
        assertThat(simulator.inbox(phone)).hasSize(1);
        assertThat(ledger(request, "SMS")).containsExactly("1:SENT");
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
    void retriesExhaustedOnBothProvidersFailTheChannelAndMoveThePersonToTheNextChannelAtOnce() {
        String phone = freshPhoneNumber();
        String email = freshEmail();
        ObjectNode request = request("LIFE_SAFETY", "SMS", phone, "EMAIL", email);
        simulator.faults().failNext(Resource.MESSAGES, 503, 3);
        secondarySimulator.faults().failNext(Resource.MESSAGES, 503, 1);

        publish(topics.priorityNotificationRequests(), request);

        JsonNode failed = awaitOutcome(request, "NotificationFailed", "SMS");
        assertThat(failed.get("permanent").asBoolean()).isFalse();
        assertThat(failed.get("attempt").asInt()).isEqualTo(4);
        assertThat(failed.get("reason").asString()).startsWith("retries exhausted: Twilio HTTP 503");
        assertThat(ledger(request, "SMS")).containsExactly("1:FAILED", "2:FAILED", "3:FAILED", "4:FAILED");
        assertThat(simulator.inbox(phone)).isEmpty();
        awaitOutcome(request, "NotificationSent", "EMAIL");
        assertThat(awaitMailTo(email)).hasSize(1);
    }

    @Test
    void primaryOutageOpensTheCircuitAndTheSecondaryAccountTakesOverWithNothingLost() {
        simulator.faults().failNext(Resource.MESSAGES, 503, 1_000);
        List<ObjectNode> requests = List.of(
                request("NORMAL", "SMS", freshPhoneNumber()),
                request("NORMAL", "SMS", freshPhoneNumber()),
                request("NORMAL", "SMS", freshPhoneNumber()),
                request("NORMAL", "SMS", freshPhoneNumber()));

        requests.forEach(request -> publish(topics.notificationRequests(), request));

        for (ObjectNode request : requests) {
            JsonNode sent = awaitOutcome(request, "NotificationSent", "SMS");
            assertThat(sent.get("provider").asString()).isEqualTo("twilio-sms-secondary");
            String phone = request.get("channels").get(0).get("address").asString();
            assertThat(secondarySimulator.inbox(phone)).singleElement().satisfies(sms -> assertThat(sms.from())
                    .isEqualTo("+15550008888"));
            assertThat(simulator.inbox(phone)).isEmpty();
        }
        assertThat(circuits.circuitBreaker("twilio-sms").getState().name()).isEqualTo("OPEN");
    }

    @Test
    void providerThrottlingIsPacedAndEverythingIsDeliveredFromThePrimary() {
        simulator.faults().failNext(Resource.MESSAGES, 429, 2);
        List<ObjectNode> requests = List.of(
                request("NORMAL", "SMS", freshPhoneNumber()),
                request("NORMAL", "SMS", freshPhoneNumber()),
                request("NORMAL", "SMS", freshPhoneNumber()));

        requests.forEach(request -> publish(topics.notificationRequests(), request));

        for (ObjectNode request : requests) {
            assertThat(awaitOutcome(request, "NotificationSent", "SMS")
                            .get("provider")
                            .asString())
                    .isEqualTo("twilio-sms");
        }
        assertThat(circuits.circuitBreaker("twilio-sms").getState().name()).isEqualTo("CLOSED");
    }

    @Test
    void invalidNumberFailsPermanentlyAtOnceAndTheNextChannelIsUsedExactlyOnce() {
        String phone = freshPhoneNumber();
        String email = freshEmail();
        simulator.numbers().invalid(phone);
        ObjectNode request = request("NORMAL", "SMS", phone, "EMAIL", email);

        publish(topics.notificationRequests(), request);

        JsonNode failed = awaitOutcome(request, "NotificationFailed", "SMS");
        assertThat(failed.get("permanent").asBoolean()).isTrue();
        assertThat(failed.get("reason").asString()).contains("21211").doesNotContain(phone.substring(1));
        awaitOutcome(request, "NotificationSent", "EMAIL");
        // our own NotificationFailed comes back through the receipt listener and must not move on again
        assertThat(outcomesWithin(request, "EMAIL", Duration.ofSeconds(2))).hasSize(1);
        assertThat(mailTo(email)).hasSize(1);
        assertThat(ledger(request, "SMS")).containsExactly("1:FAILED");
        assertThat(simulator.inbox(phone)).isEmpty();
    }

    @Test
    void undeliveredSmsReceiptMovesThePersonToAVoiceCallAtOnce() {
        String phone = freshPhoneNumber();
        ObjectNode request = request("LIFE_SAFETY", "SMS", phone, "VOICE", phone);
        publish(topics.priorityNotificationRequests(), request);
        JsonNode smsSent = awaitOutcome(request, "NotificationSent", "SMS");

        publish(topics.deliveries(), request.get("notificationId").asString(), gatewayReceipt(request, smsSent));

        JsonNode callPlaced = awaitOutcome(request, "NotificationSent", "VOICE");
        assertThat(callPlaced.get("provider").asString()).isEqualTo("twilio-voice");
        assertThat(callPlaced.get("providerReference").asString()).startsWith("CA");
        publish(topics.deliveries(), request.get("notificationId").asString(), gatewayReceipt(request, smsSent));
        assertThat(outcomesWithin(request, "VOICE", Duration.ofSeconds(2))).hasSize(1);
    }

    @Test
    void receiptWhoseNextChannelFailsAndTheOneAfterHasNoProviderIsRetriedUntilThatChannelIsSent() {
        String phone = freshPhoneNumber();
        String unreachable = freshPhoneNumber();
        String email = freshEmail();
        simulator.numbers().invalid(unreachable);
        ObjectNode request = request("LIFE_SAFETY", "SMS", phone, "VOICE", unreachable, "EMAIL", email);
        publish(topics.priorityNotificationRequests(), request);
        JsonNode smsSent = awaitOutcome(request, "NotificationSent", "SMS");
        circuits.circuitBreaker("smtp").transitionToForcedOpenState();

        publish(topics.deliveries(), request.get("notificationId").asString(), gatewayReceipt(request, smsSent));

        awaitOutcome(request, "NotificationFailed", "VOICE");
        // no SMTP provider: the receipt is redelivered later and must find the SMS channel current again
        await().atMost(PATIENCE).until(() -> currentChannel(request) == 0);
        circuits.circuitBreaker("smtp").transitionToClosedState();
        awaitOutcome(request, "NotificationSent", "EMAIL");
        assertThat(awaitMailTo(email)).hasSize(1);
        assertThat(ledger(request, "VOICE")).containsExactly("1:FAILED");
        assertThat(currentChannel(request)).isEqualTo(2);
    }

    @Test
    void voiceCallFetchesTheTwimlWithTheTokenAndReportsToTheStatusCallback() {
        String phone = freshPhoneNumber();
        ObjectNode request = request("NORMAL", "VOICE", phone);
        String notificationId = request.get("notificationId").asString();

        publish(topics.notificationRequests(), request);

        awaitOutcome(request, "NotificationSent", "VOICE");
        await().atMost(PATIENCE).until(() -> gateway.requestsTo("/webhooks/twilio/voice/status").stream()
                .anyMatch(uri -> uri.getQuery().contains(notificationId)));
        assertThat(gateway.requestsTo("/webhooks/twilio/voice/twiml"))
                .anyMatch(uri -> uri.getQuery().matches("token=[a-z2-7]{48}"));
        assertThat(gateway.requestsTo("/webhooks/twilio/voice/status"))
                .filteredOn(uri -> uri.getQuery().contains(notificationId))
                .first()
                .satisfies(uri -> assertThat(uri.getQuery())
                        .isEqualTo("notificationId=" + notificationId + "&channel=VOICE&attempt=1&incidentId="
                                + request.get("incidentId").asString() + "&personId="
                                + request.get("personId").asString() + "&exercise=false"));
        assertThat(simulator.inbox(phone)).anyMatch(entry -> entry.body().contains("Alert"));
    }

    @Test
    void callInterruptedByACrashIsLookedUpAtTheProviderAndSentAgainOnlyIfItNeverArrived() {
        String phone = freshPhoneNumber();
        ObjectNode request = request("NORMAL", "SMS", phone);
        jdbc.sql("insert into delivery_attempts (notification_id, channel, attempt, status, provider, incident_id,"
                        + " person_id, content_sha256) values (?::uuid, 'SMS', 1, 'PENDING', 'twilio-sms', ?::uuid,"
                        + " ?::uuid, 'never-sent')")
                .params(
                        request.get("notificationId").asString(),
                        request.get("incidentId").asString(),
                        request.get("personId").asString())
                .update();

        publish(topics.notificationRequests(), request);

        assertThat(awaitOutcome(request, "NotificationSent", "SMS")
                        .get("attempt")
                        .asInt())
                .isEqualTo(2);
        assertThat(ledger(request, "SMS")).containsExactly("1:FAILED", "2:SENT");
        assertThat(simulator.inbox(phone)).hasSize(1);
    }

    @Test
    void providerTimeoutIsReconciledWithTheProvidersListAndNotResent() {
        String phone = freshPhoneNumber();
        ObjectNode request = request("NORMAL", "SMS", phone);
        simulator.faults().delay(Resource.MESSAGES, Duration.ofSeconds(4));

        publish(topics.notificationRequests(), request);

        await().atMost(PATIENCE).until(() -> ledger(request, "SMS").equals(List.of("1:AMBIGUOUS")));
        simulator.faults().clear();
        JsonNode sent = awaitOutcome(request, "NotificationSent", "SMS");
        assertThat(sent.get("attempt").asInt()).isEqualTo(1);
        assertThat(simulator.inbox(phone)).singleElement().satisfies(sms -> assertThat(sms.sid())
                .isEqualTo(sent.get("providerReference").asString()));
        assertThat(ledger(request, "SMS")).containsExactly("1:SENT");
    }

    private int currentChannel(ObjectNode request) {
        return jdbc.sql("select current_channel from notifications where notification_id = ?::uuid")
                .params(request.get("notificationId").asString())
                .query(Integer.class)
                .single();
    }

    /** The NotificationFailed the gateway publishes for an undelivered SMS status callback. */
    private String gatewayReceipt(ObjectNode request, JsonNode sent) {
        ObjectNode receipt =
                (ObjectNode) json.readTree(io.muster.contracts.ContractSamples.json("NotificationFailed", 1));
        receipt.put("eventId", java.util.UUID.randomUUID().toString());
        receipt.put("notificationId", request.get("notificationId").asString());
        receipt.put("incidentId", request.get("incidentId").asString());
        receipt.put("personId", request.get("personId").asString());
        receipt.put("attempt", sent.get("attempt").asInt());
        receipt.put("providerReference", sent.get("providerReference").asString());
        return json.writeValueAsString(receipt);
    }
}
