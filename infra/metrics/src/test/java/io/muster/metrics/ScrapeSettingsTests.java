package io.muster.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScrapeSettingsTests {

    @Test
    void aShortTokenIsRefusedAtStartWithoutSayingIt() {
        assertThatThrownBy(() -> new ScrapeSettings(List.of("short-token"), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 32")
                .message()
                .doesNotContain("short-token");
    }

    @Test
    void blankTokensMeanNoneAndTheIntervalDefaultsTo15Seconds() {
        ScrapeSettings settings = new ScrapeSettings(List.of(""), null);
        assertThat(settings.scrapeTokens()).isEmpty();
        assertThat(settings.sampleInterval()).isEqualTo(Duration.ofSeconds(15));
        assertThatThrownBy(() -> new ScrapeSettings(null, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
