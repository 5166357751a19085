package io.muster.gateway.sms;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.gateway.GatewayIntegrationTest;
import io.muster.gateway.TwilioSigner;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserters;
import reactor.core.publisher.Flux;

/** The SMS webhook served below WebFlux: what its own request handling must get right. */
class SmsWebhookIntegrationTests extends GatewayIntegrationTest {

    private static final String INBOUND = "/webhooks/twilio/sms/inbound";
    private static final String NOBODY = "+15550100999";

    @Test
    void decodesTheFormInTheCharsetItsContentTypeNames() {
        String sid = newMessageSid();
        // signed over "café": a body read as UTF-8 would not decode to it, and the signature would fail
        var params = Map.of("MessageSid", sid, "From", NOBODY, "Body", "café");

        client.post()
                .uri(INBOUND)
                .contentType(MediaType.parseMediaType("application/x-www-form-urlencoded; charset=ISO-8859-1"))
                .header("X-Twilio-Signature", TwilioSigner.signature(BASE_URL + INBOUND, params, TOKEN))
                .bodyValue("MessageSid=" + sid + "&From=%2B15550100999&Body=caf%E9")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("Content-Type", "application/xml;charset=UTF-8")
                .expectBody(String.class)
                .value(twiml -> assertThat(twiml).contains("<Response><Message>"));

        assertThat(loggedOutcomes(sid)).hasSize(1);
    }

    @Test
    void verifiesTheSignatureOverTheUrlWithItsQueryString() {
        String path = INBOUND + "?source=pool-7";
        var params = Map.of("MessageSid", newMessageSid(), "From", NOBODY, "Body", "1");

        post(path, params, TwilioSigner.signature(BASE_URL + INBOUND, params, TOKEN))
                .expectStatus()
                .isForbidden();
        postSigned(path, params, TOKEN).expectStatus().isOk();
    }

    @Test
    void refusesASignedChunkedBodyThatGrowsPastTheLimit() {
        byte[] chunk = ("Body=" + "1".repeat(8 * 1024)).getBytes();
        Flux<DataBuffer> body = Flux.range(0, 10).map(i -> DefaultDataBufferFactory.sharedInstance.wrap(chunk));

        client.post()
                .uri(INBOUND)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .header("X-Twilio-Signature", TwilioSigner.signature(BASE_URL + INBOUND, Map.of(), TOKEN))
                .body(body, DataBuffer.class)
                .exchange()
                .expectStatus()
                .isEqualTo(413)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:payload-too-large")
                .jsonPath("$.instance")
                .isEqualTo(INBOUND);
    }

    @Test
    void readsAFormInAnUnknownCharsetAsNoFormAsWebFluxDid() {
        // no parameters are read, so only a signature over the bare URL passes, and then the type is refused
        client.post()
                .uri(INBOUND)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=no-such-charset")
                .header("X-Twilio-Signature", TwilioSigner.signature(BASE_URL + INBOUND, Map.of(), TOKEN))
                // written raw: the client's own encoders would refuse to parse that Content-Type
                .body(BodyInserters.fromDataBuffers(
                        Flux.just(DefaultDataBufferFactory.sharedInstance.wrap("Body=1".getBytes()))))
                .exchange()
                .expectStatus()
                .isEqualTo(415)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:unsupported-media-type");
    }

    @Test
    void answersOtherMethodsOnThePathAsWebFluxDoesButNeverAsAReply() {
        client.get().uri(INBOUND).exchange().expectStatus().isForbidden();

        client.get()
                .uri(INBOUND)
                .header("X-Twilio-Signature", TwilioSigner.signature(BASE_URL + INBOUND, Map.of(), TOKEN))
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    @Test
    void leavesOtherWebhooksToWebFlux() {
        String path = "/webhooks/twilio/sms/status?notificationId=not-a-uuid&channel=SMS";

        postSigned(path, Map.of("MessageSid", newMessageSid(), "MessageStatus", "delivered"), TOKEN)
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:bad-request");
    }
}
