package io.muster.incident.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LadderTests {

    private final Ladder ladder = new Ladder(List.of(
            new NotificationRequested.Channel("SMS", "+15550000001"),
            new NotificationRequested.Channel("VOICE", "+15550000001"),
            new NotificationRequested.Channel("EMAIL", "a@example.org")));

    @Test
    void eachStepStartsOnTheNextChannelThenRemindsThenHandsOverToTheDeputy() {
        assertThat(ladder.at(0).channels())
                .extracting(NotificationRequested.Channel::channel)
                .containsExactly("SMS", "VOICE", "EMAIL");
        assertThat(ladder.at(1).channels())
                .extracting(NotificationRequested.Channel::channel)
                .containsExactly("VOICE", "EMAIL");
        assertThat(ladder.at(3).purpose()).isEqualTo(NotificationRequested.Purpose.REMINDER);
        assertThat(ladder.at(4).kind()).isEqualTo(Ladder.Kind.DEPUTY);
        assertThat(ladder.at(5).kind()).isEqualTo(Ladder.Kind.DONE);
    }

    @Test
    void onlyTheFirstStepIsTheAlertEveryLaterOneRemindsOfTheSameQuestion() {
        assertThat(ladder.at(0).purpose()).isEqualTo(NotificationRequested.Purpose.ALERT);
        assertThat(ladder.at(1).purpose()).isEqualTo(NotificationRequested.Purpose.REMINDER);
        assertThat(ladder.at(2).purpose()).isEqualTo(NotificationRequested.Purpose.REMINDER);
    }

    @Test
    void someoneWithoutAnyAddressGoesStraightToTheDeputy() {
        assertThat(new Ladder(List.of()).at(0).kind()).isEqualTo(Ladder.Kind.DEPUTY);
    }
}
