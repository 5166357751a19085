package io.muster.gateway.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.security.RequestValidator;
import io.muster.gateway.TwilioSigner;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The signature covers every value of every form parameter. With one value per name it is exactly twilio-java's
 * RequestValidator (checked on many random forms); a name with several values is checked as Twilio's other SDKs
 * compute it, so a value appended to a signed form breaks the signature instead of riding along unchecked.
 */
class RepeatedParametersTests {

    private static final String URL = "https://muster.example.org/webhooks/twilio/hotline/menu?person=p&incident=i";
    private static final String TOKEN = "auth-token";
    private static final String ALPHABET = "aAzZ09 +%&=éß€😀_-.\t";

    private final TwilioSignatures signatures = new TwilioSignatures(new TwilioProperties(List.of(TOKEN), false));
    private final Random random = new Random(20240611);

    @Test
    void withOneValuePerNameItAcceptsExactlyWhatTwilioJavaAccepts() {
        for (int i = 0; i < 500; i++) {
            Map<String, String> form = randomForm();
            String signature = TwilioSigner.signature(URL, form, TOKEN);
            Map<String, String> tampered = new LinkedHashMap<>(form);
            String name = form.keySet().iterator().next();
            tampered.put(name, form.get(name) + "x");

            assertThat(signatures.isValid(URL, multi(form), signature))
                    .isEqualTo(new RequestValidator(TOKEN).validate(URL, form, signature))
                    .isTrue();
            assertThat(signatures.isValid(URL, multi(tampered), signature))
                    .isEqualTo(new RequestValidator(TOKEN).validate(URL, tampered, signature))
                    .isFalse();
        }
    }

    @Test
    void aValueAppendedToASignedFormBreaksTheSignature() {
        Map<String, String> signed = Map.of("CallSid", "CA1", "Digits", "2");
        MultiValueMap<String, String> sent = multi(signed);
        sent.add("Digits", "1");

        String signatureOfFirstValues = TwilioSigner.signature(URL, signed, TOKEN);

        assertThat(new RequestValidator(TOKEN).validate(URL, sent.toSingleValueMap(), signatureOfFirstValues))
                .as("a validator fed the first value of each name is fooled")
                .isTrue();
        assertThat(signatures.isValid(URL, sent, signatureOfFirstValues)).isFalse();
    }

    @Test
    void aRepeatedNameIsSignedWithEachDistinctValueInOrder() {
        MultiValueMap<String, String> sent = new LinkedMultiValueMap<>();
        sent.add("MediaUrl", "https://b.example/2");
        sent.add("MediaUrl", "https://a.example/1");
        sent.add("MediaUrl", "https://b.example/2");
        sent.add("Body", "hello");

        String signature = TwilioSigner.signatureOfAll(URL, sent, TOKEN);

        assertThat(signatures.isValid(URL, sent, signature)).isTrue();
        assertThat(signatures.isValid(
                        URL, multi(Map.of("MediaUrl", "https://b.example/2", "Body", "hello")), signature))
                .isFalse();
    }

    private Map<String, String> randomForm() {
        Map<String, String> form = new LinkedHashMap<>();
        int size = 1 + random.nextInt(8);
        while (form.size() < size) {
            form.put(randomText(1 + random.nextInt(6)), randomText(random.nextInt(12)));
        }
        return form;
    }

    private String randomText(int length) {
        StringBuilder text = new StringBuilder();
        int[] codePoints = ALPHABET.codePoints().toArray();
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
        }
        return text.toString();
    }

    private static MultiValueMap<String, String> multi(Map<String, String> form) {
        MultiValueMap<String, String> all = new LinkedMultiValueMap<>();
        form.forEach(all::add);
        return all;
    }
}
