package io.muster.incident.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class QuietHoursTests {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void aNightWindowEndsTheNextMorningInThePersonsZone() {
        Instant lateEvening = Instant.parse("2026-03-10T22:30:00Z"); // 23:30 in Paris
        assertThat(QuietHours.endOf(lateEvening, PARIS, LocalTime.of(22, 0), LocalTime.of(7, 0)))
                .contains(Instant.parse("2026-03-11T06:00:00Z"));
    }

    @Test
    void outsideTheWindowNothingWaits() {
        Instant noon = Instant.parse("2026-03-10T11:00:00Z");
        assertThat(QuietHours.endOf(noon, PARIS, LocalTime.of(22, 0), LocalTime.of(7, 0)))
                .isEmpty();
    }
}
