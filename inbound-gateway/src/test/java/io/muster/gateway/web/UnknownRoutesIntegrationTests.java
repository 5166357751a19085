package io.muster.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.gateway.GatewayIntegrationTest;
import io.muster.gateway.TwilioSigner;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Under {@code /api} a path no endpoint serves answers 404 and a method its path does not take 405
 * (with {@code Allow}), as problem details, and only to a logged-in operator: anyone else gets 401,
 * known path or not. Webhooks keep their signature check first; the answer pages and health stay
 * public. The requests go out as written (encoded, doubled or trailing slashes kept).
 */
class UnknownRoutesIntegrationTests extends GatewayIntegrationTest {

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @ParameterizedTest
    @ValueSource(strings = {"/api/anything-unknown", "/api/inbound/", "/api/inbound/1", "/api/%61nything"})
    void anUnknownApiPathIsUnauthorizedThenNotFound(String path) {
        Answer anonymous = send("GET", path, null, null);
        assertThat(anonymous.status()).as("anonymous " + path).isEqualTo(401);
        assertThat(anonymous.type()).isEqualTo("urn:muster:problem:unauthenticated");

        Answer operator = send("GET", path, "operator", null);
        assertThat(operator.status()).as("operator " + path).isEqualTo(404);
        assertThat(operator.contentType()).startsWith("application/problem+json");
        assertThat(operator.type()).isEqualTo("urn:muster:problem:not-found");
        assertThat(operator.body()).doesNotContain("Exception", "static resource", "Whitelabel");
    }

    @Test
    void aMethodTheApiPathDoesNotTakeIsNotAllowedWithTheAllowedOnes() {
        assertThat(send("DELETE", "/api/inbound", null, null).status()).isEqualTo(401);
        Answer operator = send("DELETE", "/api/inbound", "operator", null);
        assertThat(operator.status()).isEqualTo(405);
        assertThat(operator.contentType()).startsWith("application/problem+json");
        assertThat(operator.type()).isEqualTo("urn:muster:problem:method-not-allowed");
        assertThat(operator.allow()).contains("GET");
        assertThat(send("GET", "/api/inbound/1/attach", "operator", null).allow())
                .contains("POST");
    }

    @Test
    void headAndOptionsOfAnUnknownApiPathAreUnauthorizedThenNotFound() {
        for (String method : new String[] {"HEAD", "OPTIONS"}) {
            assertThat(send(method, "/api/anything-unknown", null, null).status())
                    .as(method)
                    .isEqualTo(401);
            assertThat(send(method, "/api/anything-unknown", "operator", null).status())
                    .as(method)
                    .isEqualTo(404);
        }
    }

    @Test
    void anEndpointNoRuleOpensToARoleStaysForbidden() {
        assertThat(send("GET", "/api/quarantined-mails", "commander", null).status())
                .isEqualTo(403);
        assertThat(send("HEAD", "/api/quarantined-mails", "commander", null).status())
                .isEqualTo(403);
        assertThat(send("OPTIONS", "/api/inbound", "commander", null).status()).isEqualTo(403);
        assertThat(send("GET", "/api/%69nbound", "commander", null).status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api//anything-unknown", "/api/anything%2Funknown", "/api/./inbound", "/api/..;/x"})
    void hostileSpellingsAreRefusedAlikeForEveryone(String path) {
        Answer anonymous = send("GET", path, null, null);
        Answer operator = send("GET", path, "operator", null);
        assertThat(anonymous.status()).as(path).isIn(400, 401);
        assertThat(operator.status()).as(path).isIn(400, 404);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(operator.contentType()).startsWith("application/problem+json");
    }

    @Test
    void outsideTheApiAnUnknownPathIsANotFoundProblem() {
        Answer answer = send("GET", "/nothing-here", null, null);
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.type()).isEqualTo("urn:muster:problem:not-found");
        assertThat(send("DELETE", "/actuator/health", null, null).status()).isEqualTo(405);
    }

    @Test
    void anUnknownWebhookPathChecksItsSignatureFirst() {
        String path = "/webhooks/twilio/sms/no-such-hook";
        Answer unsigned = send("POST", path, null, null);
        assertThat(unsigned.status()).isEqualTo(403);
        assertThat(unsigned.type()).isEqualTo("urn:muster:problem:invalid-signature");
        Answer signed = send("POST", path, null, TwilioSigner.signature(BASE_URL + path, Map.of(), TOKEN));
        assertThat(signed.status()).isEqualTo(404);
        assertThat(signed.type()).isEqualTo("urn:muster:problem:not-found");

        String status = "/webhooks/twilio/voice/status?notificationId=" + UUID.randomUUID();
        assertThat(send("GET", status, null, null).status()).isEqualTo(403);
        Answer wrongMethod = send("GET", status, null, TwilioSigner.signature(BASE_URL + status, Map.of(), TOKEN));
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.allow()).contains("POST");
        assertThat(wrongMethod.contentType()).startsWith("application/problem+json");
    }

    private record Answer(int status, String contentType, String body, @Nullable String type, String allow) {}

    private Answer send(String method, String path, @Nullable String login, @Nullable String signature) {
        var request = HttpRequest.newBuilder(URI.create(BASE_URL + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json, application/problem+json");
        if ("POST".equals(method)) {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(""));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        if (login != null) {
            String credentials = login + ":" + STAFF_PASSWORD;
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        if (signature != null) {
            request.header("X-Twilio-Signature", signature);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            var type = java.util.regex.Pattern.compile("\"type\"\\s*:\\s*\"([^\"]*)\"")
                    .matcher(response.body());
            return new Answer(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body(),
                    type.find() ? type.group(1) : null,
                    String.join(",", response.headers().allValues("Allow")));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
