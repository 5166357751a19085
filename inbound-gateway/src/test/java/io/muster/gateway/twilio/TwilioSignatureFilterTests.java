package io.muster.gateway.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.gateway.GatewayProperties;
import io.muster.gateway.TwilioSigner;
import io.muster.gateway.web.Problems;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Behind a proxy the gateway must verify the URL Twilio called, not the one the request arrived at. */
class TwilioSignatureFilterTests {

    private static final String PUBLIC_BASE = "https://muster.example.org/gateway";
    private static final String INTERNAL = "http://10.0.0.7:8082";
    private static final String PATH = "/webhooks/twilio/sms/status?notificationId=a1b2&channel=SMS";
    private static final String BODY = "MessageSid=SM1&MessageStatus=delivered";
    private static final Map<String, String> FORM = Map.of("MessageSid", "SM1", "MessageStatus", "delivered");

    private final TwilioSignatureFilter filter = filter(false);
    private final TwilioSignatureFilter behindTrustedProxy = filter(true);

    @Test
    void passesAWebhookSignedForThePublicUrl() {
        var exchange = exchange(TwilioSigner.signature(PUBLIC_BASE + PATH, FORM, "second"));

        assertThat(passes(filter, exchange)).isTrue();
    }

    @Test
    void passesAWebhookSignedWithEitherTokenOfARotation() {
        assertThat(passes(filter, exchange(TwilioSigner.signature(PUBLIC_BASE + PATH, FORM, "first"))))
                .isTrue();
        assertThat(passes(filter, exchange(TwilioSigner.signature(PUBLIC_BASE + PATH, FORM, "retired"))))
                .isFalse();
    }

    @Test
    void stopsAWebhookSignedForTheAddressBehindTheProxy() {
        var exchange = exchange(TwilioSigner.signature(INTERNAL + PATH, FORM, "second"));

        assertThat(passes(filter, exchange)).isFalse();
        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void stopsAForgedSignatureAndAMissingOne() {
        assertThat(passes(filter, exchange("bm90IGEgc2lnbmF0dXJl"))).isFalse();
        assertThat(passes(filter, exchange(""))).isFalse();
    }

    @Test
    void passesASignatureOverTheForwardedUrlWhenTheProxyIsTrusted() {
        String forwardedUrl = "https://hooks.example.net:8443/edge" + PATH;
        var exchange = forwarded(TwilioSigner.signature(forwardedUrl, FORM, "first"), "8443");

        assertThat(passes(behindTrustedProxy, exchange)).isTrue();
    }

    @Test
    void leavesTheDefaultPortOutOfTheForwardedUrl() {
        var exchange = forwarded(TwilioSigner.signature("https://hooks.example.net/edge" + PATH, FORM, "first"), "443");

        assertThat(passes(behindTrustedProxy, exchange)).isTrue();
    }

    @Test
    void ignoresForwardedHeadersUnlessTheProxyIsTrusted() {
        String forwardedUrl = "https://hooks.example.net:8443/edge" + PATH;

        assertThat(passes(filter, forwarded(TwilioSigner.signature(forwardedUrl, FORM, "first"), "8443")))
                .isFalse();
    }

    @Test
    void leavesOtherPathsAlone() {
        var exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/actuator/health"));

        assertThat(passes(filter, exchange)).isTrue();
    }

    private static TwilioSignatureFilter filter(boolean trustForwarded) {
        var twilio = new TwilioProperties(List.of("first", "second"), trustForwarded);
        return new TwilioSignatureFilter(
                new TwilioSignatures(twilio),
                new WebhookUrls(new GatewayProperties(PUBLIC_BASE), twilio),
                new Problems(JsonMapper.builder().build()));
    }

    private static boolean passes(TwilioSignatureFilter filter, MockServerWebExchange exchange) {
        AtomicBoolean reached = new AtomicBoolean();
        filter.filter(exchange, e -> Mono.fromRunnable(() -> reached.set(true))).block();
        return reached.get();
    }

    private static MockServerWebExchange exchange(String signature) {
        return MockServerWebExchange.from(request(signature).body(BODY));
    }

    private static MockServerWebExchange forwarded(String signature, String port) {
        return MockServerWebExchange.from(request(signature)
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "hooks.example.net, proxy.internal")
                .header("X-Forwarded-Port", port)
                .header("X-Forwarded-Prefix", "/edge")
                .body(BODY));
    }

    private static MockServerHttpRequest.BodyBuilder request(String signature) {
        return MockServerHttpRequest.post(INTERNAL + PATH)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .header("X-Twilio-Signature", signature);
    }
}
