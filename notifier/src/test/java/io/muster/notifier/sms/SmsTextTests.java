package io.muster.notifier.sms;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.notifier.delivery.DeliveryRequest;
import io.muster.notifier.delivery.DeliveryRequest.ChannelAddress;
import io.muster.notifier.delivery.DeliveryRequest.ReplyOption;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SmsTextTests {

    @Test
    void saysTheMessageAndHowToAnswerWithTheReplyCode() {
        assertThat(SmsText.of(fireAlarm(false)))
                .isEqualTo("Fire alarm at Riverside: Evacuate building A now."
                        + " Reply 1 = safe, 2 = need help (code 47).");
    }

    @Test
    void marksExercisesSoNobodyMistakesADrillForAnIncident() {
        assertThat(SmsText.of(fireAlarm(true))).startsWith("[EXERCISE] Fire alarm at Riverside: ");
    }

    @Test
    void leavesOutTheMenuWhenNoAnswerIsExpected() {
        var information = new DeliveryRequest(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                false,
                false,
                "Update",
                "Building A reopens at noon.",
                null,
                List.of(),
                List.of(new ChannelAddress("SMS", "+1555")));

        assertThat(SmsText.of(information)).isEqualTo("Update: Building A reopens at noon.");
    }

    static DeliveryRequest fireAlarm(boolean exercise) {
        return new DeliveryRequest(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                exercise,
                true,
                "Fire alarm at Riverside",
                "Evacuate building A now.",
                "47",
                List.of(new ReplyOption("1", "I am safe"), new ReplyOption("2", "I need help")),
                List.of(new ChannelAddress("SMS", "+15550100001")));
    }
}
