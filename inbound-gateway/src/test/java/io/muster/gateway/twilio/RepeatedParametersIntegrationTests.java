package io.muster.gateway.twilio;

import io.muster.gateway.GatewayIntegrationTest;
import io.muster.gateway.TwilioSigner;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A parameter repeated in a signed form is covered by the signature, on the SMS webhook served below WebFlux
 * and on the webhooks behind the filter alike: appending a second {@code Body} or {@code Digits} to a form signed
 * over the first values is a forgery (403); a form signed over all its values, as Twilio signs it, passes.
 */
class RepeatedParametersIntegrationTests extends GatewayIntegrationTest {

    private static final String SMS = "/webhooks/twilio/sms/inbound";
    private static final String IDENTIFY = "/webhooks/twilio/hotline/identify?attempt=1&lang=en";

    @Test
    void aBodyAppendedToASignedSmsIsAForgery() {
        String sid = newMessageSid();
        String from = newPhoneNumber();
        Map<String, String> signed = Map.of("MessageSid", sid, "From", from, "To", "+15550009999", "Body", "2");

        send(
                        SMS,
                        "MessageSid=" + sid + "&From=" + enc(from) + "&To=%2B15550009999&Body=2&Body=1",
                        TwilioSigner.signature(BASE_URL + SMS, signed, TOKEN))
                .expectStatus()
                .isForbidden();
    }

    @Test
    void anSmsSignedOverEveryValueIsAccepted() {
        String sid = newMessageSid();
        String from = newPhoneNumber();
        Map<String, List<String>> all = Map.of(
                "MessageSid",
                List.of(sid),
                "From",
                List.of(from),
                "To",
                List.of("+15550009999"),
                "Body",
                List.of("2", "1"));

        send(
                        SMS,
                        "MessageSid=" + sid + "&From=" + enc(from) + "&To=%2B15550009999&Body=2&Body=1",
                        TwilioSigner.signatureOfAll(BASE_URL + SMS, all, TOKEN))
                .expectStatus()
                .isOk();
    }

    @Test
    void digitsAppendedToASignedHotlineStepAreAForgery() {
        String callSid = "CA" + "0".repeat(32);
        Map<String, String> signed = Map.of("CallSid", callSid, "From", "+15550100009", "Digits", "");

        send(
                        IDENTIFY,
                        "CallSid=" + callSid + "&From=%2B15550100009&Digits=&Digits=1042",
                        TwilioSigner.signature(BASE_URL + IDENTIFY, signed, TOKEN))
                .expectStatus()
                .isForbidden();
    }

    private WebTestClient.ResponseSpec send(String pathAndQuery, String body, String signature) {
        return client.post()
                .uri(pathAndQuery)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .header("X-Twilio-Signature", signature)
                .bodyValue(body)
                .exchange();
    }

    private static String enc(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
