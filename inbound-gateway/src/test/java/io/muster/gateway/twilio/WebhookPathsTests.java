package io.muster.gateway.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which paths are webhook paths, and which of those are written plainly enough to be served. */
class WebhookPathsTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/webhooks/twilio/sms/inbound",
                "/webhooks",
                "/%77ebhooks/twilio/voice/twiml",
                "/%2577ebhooks/twilio/voice/twiml",
                "/%252577ebhooks/twilio/voice/twiml",
                "/WebHooks/twilio",
                "/webhooks;jsessionid=1/twilio",
                "//webhooks/twilio",
                "/x/../webhooks/twilio",
                "/webhooks%2Ftwilio%2Fsms",
                "\\webhooks\\twilio"
            })
    void takesEverySpellingOfAWebhookPathForOne(String path) {
        assertThat(WebhookPaths.isWebhook(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/answer/abc", "/api/inbound", "/actuator/health", "/", "/webhook", "/%zz/webhookss"})
    void leavesOtherPathsAlone(String path) {
        assertThat(WebhookPaths.isWebhook(path)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/webhooks/%74wilio/hotline/identify",
                "/webhooks/Twilio/sms/inbound",
                "/webhooks/twilio/sms/inbound/",
                "/webhooks//twilio/sms/inbound",
                "/webhooks/./twilio/sms/inbound",
                "/webhooks/twilio/sms/inbound;x=1",
                "/webhooks/twilio/sms/in bound"
            })
    void refusesAnythingButThePlainSpelling(String path) {
        assertThat(WebhookPaths.isPlain(path)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/webhooks/twilio/sms/inbound", "/webhooks/twilio/hotline/recording-status"})
    void acceptsThePlainSpelling(String path) {
        assertThat(WebhookPaths.isPlain(path)).isTrue();
    }
}
