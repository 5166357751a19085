package io.muster.notifier.email;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.notifier.delivery.DeliveryRequest;
import io.muster.notifier.delivery.DeliveryRequest.ChannelAddress;
import io.muster.notifier.delivery.DeliveryRequest.ReplyOption;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EmailContentTests {

    @Test
    void subjectNamesMusterAndMarksExercises() {
        assertThat(EmailContent.subject(fireAlarm(false))).isEqualTo("[Muster] Fire alarm");
        assertThat(EmailContent.subject(fireAlarm(true))).isEqualTo("[Muster][EXERCISE] Fire alarm");
    }

    @Test
    void bodyCarriesTheMessageAndHowToAnswerWithTheCode() {
        assertThat(EmailContent.body(fireAlarm(false)))
                .contains("Evacuate building A now.")
                .contains("replying to the text message with 1 = I am safe / 2 = I need help and the code 47");
    }

    private static DeliveryRequest fireAlarm(boolean exercise) {
        return new DeliveryRequest(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                exercise,
                true,
                "Fire alarm",
                "Evacuate building A now.",
                "47",
                List.of(new ReplyOption("1", "I am safe"), new ReplyOption("2", "I need help")),
                List.of(new ChannelAddress("EMAIL", "ada@example.org")));
    }
}
