package io.muster.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.gateway.GatewayIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A value of the wrong type, in a body, a query or a path, is a 400 problem that names the field
 * and what it takes, in the API's words and never in the JSON library's.
 */
class InputTypeErrorsIntegrationTests extends GatewayIntegrationTest {

    @Test
    void aWebhookQueryParameterOfTheWrongTypeIsNamed() {
        String path = "/webhooks/twilio/sms/status?notificationId=not-a-uuid";
        var params = Map.of("MessageSid", "SM" + "1".repeat(32), "MessageStatus", "delivered");
        check(postSigned(path, params, TOKEN))
                .jsonPath("$.detail")
                .isEqualTo("\"notificationId\" must be a UUID.")
                .jsonPath("$.errors[0].field")
                .isEqualTo("notificationId");
    }

    @Test
    void anOperatorParameterOrPathSegmentOfTheWrongTypeIsNamed() {
        check(client.get()
                        .uri("/api/inbound?page=first")
                        .headers(h -> h.setBasicAuth("operator", STAFF_PASSWORD))
                        .exchange())
                .jsonPath("$.detail")
                .isEqualTo("\"page\" must be a whole number.");
        check(client.post()
                        .uri("/api/inbound/abc/attach")
                        .headers(h -> h.setBasicAuth("operator", STAFF_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue("{}")
                        .exchange())
                .jsonPath("$.detail")
                .isEqualTo("\"id\" must be a whole number.");
    }

    @Test
    void aBodyFieldOfTheWrongTypeIsNamed() {
        check(client.post()
                        .uri("/api/inbound/1/attach")
                        .headers(h -> h.setBasicAuth("operator", STAFF_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue("{\"personId\": \"someone\", \"notificationId\": null, \"answer\": \"SAFE\"}")
                        .exchange())
                .jsonPath("$.detail")
                .isEqualTo("\"personId\" must be a UUID.")
                .jsonPath("$.errors[0].message")
                .isEqualTo("must be a UUID");
    }

    private static WebTestClient.BodyContentSpec check(WebTestClient.ResponseSpec answer) {
        var body = answer.expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody();
        String text = new String(body.returnResult().getResponseBodyContent(), StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("Jackson", "jackson", "Exception", "io.muster", "Type mismatch");
        return body.jsonPath("$.type").isEqualTo("urn:muster:problem:bad-request");
    }
}
