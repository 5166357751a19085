package io.muster.gateway;

import static io.muster.gateway.NotificationRequestFixture.openRequestTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Garbage, oversized and incomplete input gets a clear answer and changes nothing. */
class BadInputIntegrationTests extends GatewayIntegrationTest {

    private static final String INBOUND = "/webhooks/twilio/sms/inbound";

    @Test
    void answersASignedSmsOfGarbageWithTheOptionsAndPublishesNothing() {
        var request = openRequestTo(newPhoneNumber(), "47").publishedAndIndexed(kafka, openRequests);
        String sid = newMessageSid();
        String garbage = "\u0000\u0007\uFFFD😀<Response>&amp;" + "ÿ".repeat(1500);

        postSigned(INBOUND, Map.of("MessageSid", sid, "From", request.phone(), "Body", garbage), TOKEN)
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_XML)
                .expectBody(String.class)
                .value(twiml -> assertThat(twiml).contains("Sorry, we did not understand your reply."));

        assertThat(loggedOutcomes(sid)).containsExactly("false NOT_UNDERSTOOD");
        try (var probe = probe("muster.reply.v1")) {
            assertThat(probe.recordsWithin(
                            r -> r.value().contains(request.notificationId().toString()), QUIET))
                    .isEmpty();
        }
    }

    @Test
    void refusesAWebhookThatIsNotAFormAsUnsigned() {
        client.post()
                .uri(INBOUND)
                .contentType(MediaType.APPLICATION_JSON)
                .header("X-Twilio-Signature", "c2lnbmF0dXJl")
                .bodyValue("{\"MessageSid\":\"SM1\",\"Body\":\"1\"}")
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void answersAnUndecodableAnswerFormWithABadRequestProblem() {
        var request = openRequestTo(newPhoneNumber(), "47").publishedAndIndexed(kafka, openRequests);

        client.post()
                .uri("/answer/" + tokenFor(request))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("answer=%zz&comment=%")
                .exchange()
                .expectStatus()
                .isBadRequest();

        try (var probe = probe("muster.reply.v1")) {
            assertThat(probe.recordsWithin(
                            r -> r.value().contains(request.notificationId().toString()), QUIET))
                    .isEmpty();
        }
    }

    @Test
    void refusesAnAnswerFormOverTheLimit() {
        var request = openRequestTo(newPhoneNumber(), "47").publishedAndIndexed(kafka, openRequests);

        client.post()
                .uri("/answer/" + tokenFor(request))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("answer=SAFE&comment=" + "x".repeat(100 * 1024))
                .exchange()
                .expectStatus()
                .isEqualTo(413)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:payload-too-large");
    }

    @Test
    void answersAStatusCallbackNamingNoValidNotificationWithABadRequestProblem() {
        String path = "/webhooks/twilio/sms/status?notificationId=not-a-uuid&channel=SMS";

        postSigned(path, Map.of("MessageSid", newMessageSid(), "MessageStatus", "delivered"), TOKEN)
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void answersAnOperatorRequestForAnEntryIdThatIsNoNumberWithABadRequestProblem() {
        client.post()
                .uri("/api/inbound/abc/attach")
                .headers(h -> h.setBasicAuth("operator", STAFF_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }
}
