package io.muster.gateway.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.security.RequestValidator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Our signature check accepts exactly what twilio-java's RequestValidator accepts. */
class TwilioSignaturesTests {

    private static final List<String> TOKENS = List.of("old-token", "new-token");
    private static final List<String> URLS = List.of(
            "https://muster.example.org/webhooks/twilio/sms/inbound",
            "https://muster.example.org:443/webhooks/twilio/sms/inbound",
            "http://127.0.0.1:8082/webhooks/twilio/sms/inbound",
            "http://muster.example.org/gw/webhooks/twilio/sms/status?notificationId=a%20b&channel=SMS",
            "https://muster.example.org:8443/webhooks/twilio/voice?x=1");
    private static final Map<String, String> PARAMS = params();

    private final TwilioSignatures signatures = new TwilioSignatures(new TwilioProperties(TOKENS, false));

    @Test
    void acceptsASignatureOfEitherTokenForEveryFormOfTheUrlTwilioJavaAccepts() {
        for (String signedUrl : URLS) {
            for (String checkedUrl : URLS) {
                for (String token : List.of("old-token", "new-token", "retired-token")) {
                    String signature = signature(token, signedUrl);

                    assertThat(signatures.isValid(checkedUrl, multi(PARAMS), signature))
                            .as("signed %s with %s, checked at %s", signedUrl, token, checkedUrl)
                            .isEqualTo(twilioJavaAccepts(checkedUrl, signature));
                }
            }
        }
    }

    @Test
    void refusesOtherParametersAndMissingOrForgedSignatures() {
        String url = URLS.getFirst();
        String signature = signature("new-token", url);
        Map<String, String> other = new LinkedHashMap<>(PARAMS);
        other.put("Body", "2");

        assertThat(signatures.isValid(url, multi(other), signature)).isFalse();
        assertThat(signatures.isValid(url, multi(PARAMS), "")).isFalse();
        assertThat(signatures.isValid(url, multi(PARAMS), null)).isFalse();
        assertThat(signatures.isValid(url, multi(PARAMS), "bm90IGEgc2lnbmF0dXJl"))
                .isFalse();
    }

    @Test
    void checksCorrectlyFromManyThreadsAtOnce() throws Exception {
        String url = URLS.get(2);
        String good = signature("new-token", url);
        String forged = signature("retired-token", url);
        List<Callable<Boolean>> checks = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            boolean genuine = i % 2 == 0;
            checks.add(() -> signatures.isValid(url, multi(PARAMS), genuine ? good : forged) == genuine);
        }
        try (var pool = Executors.newFixedThreadPool(8)) {
            for (var result : pool.invokeAll(checks)) {
                assertThat(result.get()).isTrue();
            }
        }
    }

    private static MultiValueMap<String, String> multi(Map<String, String> params) {
        MultiValueMap<String, String> all = new LinkedMultiValueMap<>();
        params.forEach(all::add);
        return all;
    }

    private static boolean twilioJavaAccepts(String url, String signature) {
        return TOKENS.stream().anyMatch(token -> new RequestValidator(token).validate(url, PARAMS, signature));
    }

    private static String signature(String token, String url) {
        return io.muster.gateway.TwilioSigner.signature(url, PARAMS, token);
    }

    private static Map<String, String> params() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("MessageSid", "SM0123");
        params.put("From", "+15550001111");
        params.put("Body", "oui 47 ça va");
        params.put("AccountSid", "AC99");
        params.put("Empty", "");
        return params;
    }
}
