package io.muster.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.muster.simulator.twilio.ConnectionOverrides;
import org.junit.jupiter.api.Test;

class PhoneSimulatorApplicationTests {

    @Test
    void commandLineOptionsBecomeSettings() {
        SimulatorSettings settings = PhoneSimulatorApplication.settings(
                "--port=0",
                "--account=AC1:token-one",
                "--account=AC2:token:with:colons",
                "--sms-webhook-url=http://127.0.0.1:8082/webhooks/twilio/sms/inbound",
                "--voice-webhook-url=http://127.0.0.1:8082/webhooks/twilio/voice/inbound");

        assertThat(settings.port()).isZero();
        assertThat(settings.accounts())
                .containsExactly(new Account("AC1", "token-one"), new Account("AC2", "token:with:colons"));
        assertThat(settings.smsWebhookUrl()).endsWith("/sms/inbound");
        assertThat(settings.voiceWebhookUrl()).endsWith("/voice/inbound");
        assertThat(settings.host()).isEqualTo("127.0.0.1");
    }

    @Test
    void smsStatusCallbacksAreOnUnlessALoadTestTurnsThemOff() {
        assertThat(PhoneSimulatorApplication.settings("--account=AC1:t").smsStatusCallbacks())
                .isTrue();
        assertThat(PhoneSimulatorApplication.settings("--account=AC1:t", "--sms-status-callbacks=false")
                        .smsStatusCallbacks())
                .isFalse();
    }

    @Test
    void webhooksAreRetriedAsTwilioDoesUnlessTurnedOffOrChanged() {
        SimulatorSettings defaults = PhoneSimulatorApplication.settings("--account=AC1:t");
        SimulatorSettings off = PhoneSimulatorApplication.settings("--account=AC1:t", "--webhook-retries=false");
        SimulatorSettings changed =
                PhoneSimulatorApplication.settings("--account=AC1:t", "--webhook-defaults=rc=3&rp=ct,5xx");

        assertThat(defaults.webhookRetries()).isTrue();
        assertThat(defaults.webhookDefaults()).isEqualTo(ConnectionOverrides.TWILIO_DEFAULTS);
        assertThat(off.webhookRetries()).isFalse();
        assertThat(changed.webhookDefaults().retryCount()).isEqualTo(3);
        assertThat(changed.webhookDefaults().retryOn())
                .containsExactlyInAnyOrder(WebhookFailure.CONNECT, WebhookFailure.STATUS_5XX);
    }

    @Test
    void portDefaultsTo8090() {
        assertThat(PhoneSimulatorApplication.settings("--account=AC1:t").port()).isEqualTo(8090);
    }

    @Test
    void unknownOptionOrMissingAccountIsRefused() {
        assertThatThrownBy(() -> PhoneSimulatorApplication.settings("--account=AC1:t", "--colour=red"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PhoneSimulatorApplication.settings("--port=8090"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PhoneSimulatorApplication.settings("--account=AC1"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void accountNeverPrintsItsToken() {
        assertThat(new Account("AC1", "s3cret")).asString().doesNotContain("s3cret");
    }
}
