package io.muster.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.security.RequestValidator;
import io.muster.simulator.twilio.TwilioSignature;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TwilioSignatureTests {

    private static final String TOKEN = "12345";

    @Test
    void twilioJavasRequestValidatorAcceptsTheSignatureOfAPost() {
        String url = "https://gateway.example/webhooks/twilio/sms/inbound?tenant=a&x=%2B1";
        Map<String, String> params =
                Map.of("Body", "Yes, I'm safe ü", "From", "+15550100001", "AccountSid", "AC1", "Digits", "");

        String signature = TwilioSignature.sign(TOKEN, url, params);

        assertThat(new RequestValidator(TOKEN).validate(url, params, signature)).isTrue();
    }

    @Test
    void signatureForAnotherTokenOrChangedParameterIsRejected() {
        String url = "http://127.0.0.1:8082/webhooks/twilio/sms/inbound";
        Map<String, String> params = Map.of("Body", "1");
        String signature = TwilioSignature.sign(TOKEN, url, params);

        assertThat(new RequestValidator("other").validate(url, params, signature))
                .isFalse();
        assertThat(new RequestValidator(TOKEN).validate(url, Map.of("Body", "2"), signature))
                .isFalse();
    }
}
