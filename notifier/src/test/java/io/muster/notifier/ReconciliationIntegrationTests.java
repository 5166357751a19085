package io.muster.notifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.muster.simulator.PhoneMessage;
import io.muster.simulator.Resource;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An attempt left unclear (a crash or a timeout during the provider call) is looked up at the
 * provider before anything is resent, and only its own message or call counts as found: never one
 * the ledger holds for another attempt to the same person.
 */
class ReconciliationIntegrationTests extends NotifierIntegrationTest {

    @Test
    void aCallInterruptedByACrashIsNotTakenForAnotherAlertsCallToTheSamePersonAndIsPlacedAgain() {
        String phone = freshPhoneNumber();
        ObjectNode earlier = request("LIFE_SAFETY", "VOICE", phone);
        ObjectNode interrupted = request("LIFE_SAFETY", "VOICE", phone);
        interrupted.put("personId", earlier.get("personId").asString());
        publish(topics.priorityNotificationRequests(), earlier);
        String earlierCall = awaitOutcome(earlier, "NotificationSent", "VOICE")
                .get("providerReference")
                .asString();
        // the notifier died during the second alert's provider call: the call never left
        pending(interrupted, "VOICE");

        publish(topics.priorityNotificationRequests(), interrupted);

        JsonNode sent = awaitOutcome(interrupted, "NotificationSent", "VOICE");
        assertThat(sent.get("providerReference").asString()).isNotEqualTo(earlierCall);
        assertThat(sent.get("attempt").asInt()).isEqualTo(2);
        assertThat(ledger(interrupted, "VOICE")).containsExactly("1:FAILED", "2:SENT");
        await().atMost(PATIENCE).until(() -> callsTo(phone).size() == 2);
        assertThat(callsTo(phone))
                .containsExactlyInAnyOrder(
                        earlierCall, sent.get("providerReference").asString());
    }

    @Test
    void aCallThatTimedOutButReachedTheProviderIsFoundAndNotPlacedAgain() {
        String phone = freshPhoneNumber();
        ObjectNode request = request("LIFE_SAFETY", "VOICE", phone);
        simulator.faults().delay(Resource.CALLS, Duration.ofSeconds(4));

        publish(topics.priorityNotificationRequests(), request);
        await().atMost(PATIENCE).until(() -> ledger(request, "VOICE").equals(List.of("1:AMBIGUOUS")));
        simulator.faults().clear();

        JsonNode sent = awaitOutcome(request, "NotificationSent", "VOICE");
        assertThat(sent.get("attempt").asInt()).isEqualTo(1);
        assertThat(ledger(request, "VOICE")).containsExactly("1:SENT");
        await().atMost(PATIENCE).until(() -> !callsTo(phone).isEmpty());
        assertThat(callsTo(phone)).containsExactly(sent.get("providerReference").asString());
    }

    /** The calls that reached the phone (it answered and heard the message), by sid. */
    private static Set<String> callsTo(String phone) {
        return simulator.inbox(phone).stream()
                .filter(entry -> entry.kind() == PhoneMessage.Kind.VOICE)
                .map(PhoneMessage::sid)
                .collect(Collectors.toSet());
    }

    private void pending(ObjectNode request, String channel) {
        jdbc.sql("insert into delivery_attempts (notification_id, channel, attempt, status, provider, incident_id,"
                        + " person_id, content_sha256) values (?::uuid, ?, 1, 'PENDING', 'twilio-voice', ?::uuid,"
                        + " ?::uuid, 'never-sent')")
                .params(
                        request.get("notificationId").asString(),
                        channel,
                        request.get("incidentId").asString(),
                        request.get("personId").asString())
                .update();
    }
}
