package io.muster.gateway.web;

import static io.muster.gateway.NotificationRequestFixture.openRequestTo;

import io.muster.gateway.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The answer page a person opens from their alert: no script, never framed, never sniffed or cached, and no
 * Referer that could carry the token in its address elsewhere; the same for its error pages and its form's answer.
 */
class BrowserPageHeadersIntegrationTests extends GatewayIntegrationTest {

    @Test
    void theAnswerPageIsLockedDown() {
        var request = openRequestTo(newPhoneNumber(), "47").publishedAndIndexed(kafka, openRequests);

        assertLockedDown(client.get()
                .uri("/answer/" + tokenFor(request))
                .exchange()
                .expectStatus()
                .isOk());
    }

    @Test
    void anUnknownLinkAndAnAnsweredFormAreLockedDownToo() {
        var request = openRequestTo(newPhoneNumber(), "47").publishedAndIndexed(kafka, openRequests);

        assertLockedDown(client.get()
                .uri("/answer/" + "a".repeat(48))
                .exchange()
                .expectStatus()
                .isNotFound());
        assertLockedDown(client.post()
                .uri("/answer/" + tokenFor(request))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("answer=SAFE")
                .exchange()
                .expectStatus()
                .isOk());
    }

    @Test
    void everyOtherAnswerIsAtLeastNotSniffed() {
        client.get().uri("/actuator/health").exchange().expectHeader().valueEquals("X-Content-Type-Options", "nosniff");
        post("/webhooks/twilio/sms/status", java.util.Map.of("MessageSid", "SM1"), "forged")
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .valueEquals("X-Content-Type-Options", "nosniff");
    }

    private static void assertLockedDown(WebTestClient.ResponseSpec response) {
        response.expectHeader()
                .valueEquals("Content-Security-Policy", BrowserPageHeaders.POLICY)
                .expectHeader()
                .valueEquals("X-Frame-Options", "DENY")
                .expectHeader()
                .valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader()
                .valueEquals("Referrer-Policy", "no-referrer")
                .expectHeader()
                .valueEquals("Cache-Control", "no-store");
    }
}
