package io.muster.simulator.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.simulator.WebhookFailure;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ConnectionOverridesTests {

    private static final ConnectionOverrides DEFAULTS = ConnectionOverrides.TWILIO_DEFAULTS;

    @Test
    void twilioRetriesOnceAndOnlyWhenNoConnectionCouldBeMade() {
        assertThat(DEFAULTS.retryCount()).isEqualTo(1);
        assertThat(DEFAULTS.retries(WebhookFailure.CONNECT)).isTrue();
        assertThat(DEFAULTS.retries(WebhookFailure.STATUS_5XX)).isFalse();
        assertThat(DEFAULTS.retries(WebhookFailure.READ)).isFalse();
        assertThat(DEFAULTS.totalTime()).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void aFragmentOverridesEachSettingItNames() {
        ConnectionOverrides overrides = DEFAULTS.with("ct=1000&rt=2000&tt=9000&rc=3&rp=5xx,rt");

        assertThat(overrides.connectTimeout()).isEqualTo(Duration.ofMillis(1000));
        assertThat(overrides.readTimeout()).isEqualTo(Duration.ofMillis(2000));
        assertThat(overrides.totalTime()).isEqualTo(Duration.ofMillis(9000));
        assertThat(overrides.retryCount()).isEqualTo(3);
        assertThat(overrides.retryOn()).containsExactlyInAnyOrder(WebhookFailure.STATUS_5XX, WebhookFailure.READ);
    }

    @Test
    void allRetriesEveryFailure() {
        assertThat(DEFAULTS.with("rp=all").retryOn()).containsExactlyInAnyOrder(WebhookFailure.values());
    }

    @Test
    void valuesOutsideTwiliosRangesAreClampedToThem() {
        ConnectionOverrides overrides = DEFAULTS.with("rc=9&tt=60000&ct=5");

        assertThat(overrides.retryCount()).isEqualTo(5);
        assertThat(overrides.totalTime()).isEqualTo(Duration.ofMillis(15_000));
        assertThat(overrides.connectTimeout()).isEqualTo(Duration.ofMillis(100));
    }

    @Test
    void unknownKeysAndBadValuesLeaveTheSettingsAsTheyWere() {
        ConnectionOverrides overrides = DEFAULTS.with("e=ashburn&sni=on&rp=sometimes&rc=many");

        assertThat(overrides).isEqualTo(DEFAULTS);
    }

    @Test
    void withoutRetriesKeepsTheTimeoutsAndRetriesNothing() {
        ConnectionOverrides none = DEFAULTS.with("rc=5&rp=all&rt=3000").withoutRetries();

        assertThat(none.retryCount()).isZero();
        assertThat(none.retries(WebhookFailure.CONNECT)).isFalse();
        assertThat(none.readTimeout()).isEqualTo(Duration.ofMillis(3000));
    }
}
