package io.muster.messages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmsSegmentsTests {

    @Test
    void gsm7TextFitsOneSegmentUpTo160CharactersThen153PerSegment() {
        assertThat(SmsSegments.of("a".repeat(160))).isEqualTo(new SmsSegments(true, 160, 1));
        assertThat(SmsSegments.of("a".repeat(161))).isEqualTo(new SmsSegments(true, 161, 2));
        assertThat(SmsSegments.of("a".repeat(306)).count()).isEqualTo(2);
        assertThat(SmsSegments.of("a".repeat(307)).count()).isEqualTo(3);
    }

    @Test
    void extensionCharactersCountTwice() {
        assertThat(SmsSegments.of("€").units()).isEqualTo(2);
        assertThat(SmsSegments.of("a".repeat(159) + "[").count()).isEqualTo(2);
        assertThat(SmsSegments.of("{}[]~^|\\").units()).isEqualTo(16);
    }

    @Test
    void accentsOfTheGsmTableStayGsm7ButOthersSwitchToUcs2() {
        assertThat(SmsSegments.of("Évacuez à l'est, été").gsm7()).isTrue();
        assertThat(SmsSegments.of("Répondez à la sirène, ça presse").gsm7()).isFalse();
    }

    @Test
    void ucs2TextFitsOneSegmentUpTo70UnitsThen67PerSegment() {
        assertThat(SmsSegments.of("ç".repeat(70))).isEqualTo(new SmsSegments(false, 70, 1));
        assertThat(SmsSegments.of("ç".repeat(71)).count()).isEqualTo(2);
        assertThat(SmsSegments.of("ç".repeat(134)).count()).isEqualTo(2);
        assertThat(SmsSegments.of("ç".repeat(135)).count()).isEqualTo(3);
    }
}
