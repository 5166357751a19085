package io.muster.incident.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RecurrenceTests {

    private static final Instant SCHEDULED = Instant.parse("2026-11-21T09:00:00Z");

    @Test
    void aOneOffDrillHasNoNextOccurrence() {
        assertThat(Recurrence.next(SCHEDULED, null, SCHEDULED.plusSeconds(5))).isNull();
    }

    @Test
    void theNextOccurrenceFollowsTheOneThatJustRan() {
        assertThat(Recurrence.next(SCHEDULED, Duration.ofDays(7), SCHEDULED.plusSeconds(5)))
                .isEqualTo(SCHEDULED.plus(Duration.ofDays(7)));
    }

    @Test
    void occurrencesMissedWhileNothingRanAreSkipped() {
        Instant now = SCHEDULED.plus(Duration.ofMinutes(150));
        assertThat(Recurrence.next(SCHEDULED, Duration.ofHours(1), now)).isEqualTo(SCHEDULED.plus(Duration.ofHours(3)));
        assertThat(Recurrence.next(SCHEDULED, Duration.ofHours(1), SCHEDULED.plus(Duration.ofHours(3))))
                .isEqualTo(SCHEDULED.plus(Duration.ofHours(4)));
    }

    @Test
    void recurrenceIsAnIso8601DurationOrNothing() {
        assertThat(Recurrence.parse("P7D")).isEqualTo(Duration.ofDays(7));
        assertThat(Recurrence.parse(" ")).isNull();
        assertThatThrownBy(() -> Recurrence.parse("weekly")).isInstanceOf(IllegalArgumentException.class);
    }
}
