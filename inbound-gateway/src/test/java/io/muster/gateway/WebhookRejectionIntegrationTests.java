package io.muster.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;
import reactor.core.publisher.Flux;

/** Webhooks that must be turned away with a problem detail, storing and publishing nothing. */
class WebhookRejectionIntegrationTests extends GatewayIntegrationTest {

    private static final String INBOUND = "/webhooks/twilio/sms/inbound";

    @Test
    void rejectsAWebhookWithAForgedSignature() {
        String sid = newMessageSid();
        Map<String, String> params = inbound(sid, "1");

        post(INBOUND, params, TwilioSigner.signature(BASE_URL + INBOUND, params, "someone-elses-token"))
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:invalid-signature")
                .jsonPath("$.status")
                .isEqualTo(403);

        assertNothingStoredOrPublished(sid);
    }

    @Test
    void rejectsAWebhookWithoutASignature() {
        String sid = newMessageSid();

        post(INBOUND, inbound(sid, "1"), null).expectStatus().isForbidden();

        assertNothingStoredOrPublished(sid);
    }

    @Test
    void rejectsAWebhookSignedForOtherParameters() {
        String sid = newMessageSid();
        String signature = TwilioSigner.signature(BASE_URL + INBOUND, inbound(sid, "2"), TOKEN);

        post(INBOUND, inbound(sid, "1"), signature).expectStatus().isForbidden();

        assertNothingStoredOrPublished(sid);
    }

    @Test
    void rejectsASignedWebhookThatLacksRequiredParametersNamingThem() {
        postSigned(INBOUND, Map.of("Garbage", "%%%", "More", "nonsense"), TOKEN)
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:missing-parameters")
                .jsonPath("$.missing[0]")
                .isEqualTo("MessageSid")
                .jsonPath("$.missing[1]")
                .isEqualTo("From")
                .jsonPath("$.status")
                .isEqualTo(400)
                .jsonPath("$.instance")
                .isEqualTo(INBOUND);
    }

    @Test
    void answersASignedWebhookThatIsNoFormWithAnUnsupportedMediaTypeProblem() {
        // a JSON body carries no form parameters, so a signature over the URL alone passes the filter
        String signature = TwilioSigner.signature(BASE_URL + INBOUND, Map.of(), TOKEN);

        client.post()
                .uri(INBOUND)
                .contentType(MediaType.APPLICATION_JSON)
                .header("X-Twilio-Signature", signature)
                .bodyValue("{\"MessageSid\":\"SM1\"}")
                .exchange()
                .expectStatus()
                .isEqualTo(415)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:unsupported-media-type")
                .jsonPath("$.instance")
                .isEqualTo(INBOUND);
    }

    @Test
    void rejectsAFormThatCannotBeDecoded() {
        client.post()
                .uri(INBOUND)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .header("X-Twilio-Signature", "irrelevant")
                .bodyValue("MessageSid=%zz&Body=%")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:malformed-request");
    }

    @Test
    void rejectsABodyOverTheLimitBeforeReadingIt() {
        String sid = newMessageSid();

        postSigned(INBOUND, inbound(sid, "1".repeat(70 * 1024)), TOKEN)
                .expectStatus()
                .isEqualTo(413)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:payload-too-large");

        assertNothingStoredOrPublished(sid);
    }

    @Test
    void rejectsAChunkedBodyOverTheLimitWhileReadingIt() {
        byte[] chunk = ("Body=" + "1".repeat(8 * 1024)).getBytes();
        Flux<DataBuffer> body = Flux.range(0, 10).map(i -> DefaultDataBufferFactory.sharedInstance.wrap(chunk));

        client.post()
                .uri(INBOUND)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .header("X-Twilio-Signature", "irrelevant")
                .body(body, DataBuffer.class)
                .exchange()
                .expectStatus()
                .isEqualTo(413)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:payload-too-large");
    }

    private void assertNothingStoredOrPublished(String sid) {
        assertThat(loggedOutcomes(sid)).isEmpty();
        try (var probe = probe("muster.reply.v1")) {
            assertThat(probe.recordsWithin(r -> r.value().contains(sid), QUIET)).isEmpty();
        }
    }

    private static Map<String, String> inbound(String sid, String body) {
        return Map.of("MessageSid", sid, "From", "+15550100001", "To", "+15550009999", "Body", body);
    }
}
