package io.muster.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.gateway.GatewayIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * Password guessing on the operator API is refused after the limit (429 with Retry-After), and guesses sent all at
 * once are each counted before any password is checked: no more than the limit are ever tried.
 */
class OperatorLoginThrottleIntegrationTests extends GatewayIntegrationTest {

    @Test
    void aUserNameIsRefusedAfterFiveFailures() {
        String name = "guess-" + UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            list(name, "wrong-" + i).expectStatus().isUnauthorized();
        }

        list(name, "wrong-again")
                .expectStatus()
                .isEqualTo(429)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader()
                .value("Retry-After", retryAfter -> assertThat(Long.parseLong(retryAfter))
                        .isBetween(1L, 300L))
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:too-many-attempts");
    }

    @Test
    void guessesSentAllAtOnceAreEachCountedBeforeAnyIsChecked() {
        String name = "burst-" + UUID.randomUUID();
        HttpClient http = HttpClient.newHttpClient();

        List<Integer> statuses = IntStream.range(0, 12)
                .mapToObj(i -> http.sendAsync(
                        HttpRequest.newBuilder(URI.create(BASE_URL + "/api/inbound"))
                                .header("Authorization", basic(name, "guess-" + i))
                                .build(),
                        HttpResponse.BodyHandlers.discarding()))
                .toList()
                .stream()
                .map(response -> response.join().statusCode())
                .toList();

        assertThat(statuses).filteredOn(status -> status == 401).hasSize(5);
        assertThat(statuses).filteredOn(status -> status == 429).hasSize(7);
    }

    @Test
    void theRightPasswordStillWorksForAnAccountNobodyGuessed() {
        list("operator", STAFF_PASSWORD).expectStatus().isOk();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec list(String user, String password) {
        return client.get()
                .uri("/api/inbound")
                .headers(h -> h.setBasicAuth(user, password))
                .exchange();
    }
}
