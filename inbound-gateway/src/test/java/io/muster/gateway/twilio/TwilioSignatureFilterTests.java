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
    private static final String PATH = "/webhooks/twilio/sms/status?notificationId=a1b2&channel=SMS";
    private static final Map<String, String> FORM = Map.of("MessageSid", "SM1", "MessageStatus", "delivered");

    private final TwilioSignatureFilter filter = new TwilioSignatureFilter(
            new TwilioSignatures(new TwilioProperties(List.of("first", "second"))),
            new GatewayProperties(PUBLIC_BASE),
            new Problems(JsonMapper.builder().build()));

    @Test
    void passesAWebhookSignedForThePublicUrl() {
        var exchange = exchange(TwilioSigner.signature(PUBLIC_BASE + PATH, FORM, "second"));

        assertThat(passes(exchange)).isTrue();
    }

    @Test
    void stopsAWebhookSignedForTheAddressBehindTheProxy() {
        var exchange = exchange(TwilioSigner.signature("http://10.0.0.7:8082" + PATH, FORM, "second"));

        assertThat(passes(exchange)).isFalse();
        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void leavesOtherPathsAlone() {
        var exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/actuator/health"));

        assertThat(passes(exchange)).isTrue();
    }

    private boolean passes(MockServerWebExchange exchange) {
        AtomicBoolean reached = new AtomicBoolean();
        filter.filter(exchange, e -> Mono.fromRunnable(() -> reached.set(true))).block();
        return reached.get();
    }

    private static MockServerWebExchange exchange(String signature) {
        String body = "MessageSid=SM1&MessageStatus=delivered";
        return MockServerWebExchange.from(MockServerHttpRequest.post("http://10.0.0.7:8082" + PATH)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .header("X-Twilio-Signature", signature)
                .body(body));
    }
}
