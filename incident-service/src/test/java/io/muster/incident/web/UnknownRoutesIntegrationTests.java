package io.muster.incident.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.incident.IncidentServiceIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A path no endpoint serves answers 404 and a method its path does not take 405 (with {@code Allow}),
 * both as problem details, and only to a caller who logged in: anyone else gets 401 for every
 * path, known or not, so the API's surface cannot be probed. The requests go out as written
 * (encoded, doubled or trailing slashes kept), with the least privileged login.
 */
@IncidentServiceIntegrationTest
class UnknownRoutesIntegrationTests {

    private static final String EMPLOYEE = "employee";

    @LocalServerPort
    int port;

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/anything-unknown",
                "/api/incidents/" + "00000000-0000-0000-0000-000000000001" + "/no-such-thing",
                "/api/roles/",
                "/api/%61nything-unknown",
                "/nothing-here",
                "/actuator/env"
            })
    void anUnknownPathIsNotFoundOnceLoggedIn(String path) {
        Answer anonymous = send("GET", path, null);
        assertThat(anonymous.status()).as("anonymous " + path).isEqualTo(401);
        assertThat(anonymous.type()).isEqualTo("urn:muster:problem:unauthenticated");

        Answer known = send("GET", path, EMPLOYEE);
        assertThat(known.status()).as("logged in " + path).isEqualTo(404);
        assertThat(known.contentType()).startsWith("application/problem+json");
        assertThat(known.type()).isEqualTo("urn:muster:problem:not-found");
        assertThat(known.body()).doesNotContain("Exception", "static resource", "Whitelabel");
    }

    @Test
    void aMethodThePathDoesNotTakeIsNotAllowedWithTheAllowedOnes() {
        assertThat(send("DELETE", "/api/incidents", null).status()).isEqualTo(401);

        Answer incidents = send("DELETE", "/api/incidents", EMPLOYEE);
        assertThat(incidents.status()).isEqualTo(405);
        assertThat(incidents.contentType()).startsWith("application/problem+json");
        assertThat(incidents.type()).isEqualTo("urn:muster:problem:method-not-allowed");
        assertThat(incidents.allow()).contains("GET", "POST").doesNotContain("DELETE");

        Answer person = send("PATCH", "/api/people/" + UUID.randomUUID(), EMPLOYEE);
        assertThat(person.status()).isEqualTo(405);
        assertThat(person.allow()).contains("GET", "PUT", "DELETE");
    }

    @Test
    void anUnknownThingOfAKnownEndpointIsANotFoundProblemToo() {
        Answer tree = send("DELETE", "/api/call-trees/" + UUID.randomUUID(), "commander");
        assertThat(tree.status()).isEqualTo(404);
        assertThat(tree.contentType()).startsWith("application/problem+json");
    }

    @Test
    void headAndOptionsOfAnUnknownPathAreNotFoundOnceLoggedIn() {
        assertThat(send("HEAD", "/api/anything-unknown", null).status()).isEqualTo(401);
        assertThat(send("OPTIONS", "/api/anything-unknown", null).status()).isEqualTo(401);
        assertThat(send("HEAD", "/api/anything-unknown", EMPLOYEE).status()).isEqualTo(404);
        Answer options = send("OPTIONS", "/api/anything-unknown", EMPLOYEE);
        assertThat(options.status()).isEqualTo(404);
        assertThat(options.type()).isEqualTo("urn:muster:problem:not-found");
    }

    /** An endpoint no rule names for this role stays forbidden, whatever method or spelling reaches it. */
    @Test
    void aServedEndpointIsStillForbiddenToARoleNoRuleAdmits() {
        for (String method : List.of("GET", "HEAD", "OPTIONS")) {
            assertThat(send(method, "/api/incidents", EMPLOYEE).status())
                    .as(method)
                    .isEqualTo(403);
        }
        assertThat(send("GET", "/api/%69ncidents", EMPLOYEE).status()).isEqualTo(403);
        assertThat(send("GET", "/api/dead-letters", EMPLOYEE).status()).isEqualTo(403);
        // "/api/incidents/*" (a rule) takes an empty last segment: forbidden to this role, unknown to one it admits
        assertThat(send("GET", "/api/incidents/", EMPLOYEE).status()).isEqualTo(403);
        assertThat(send("GET", "/api/incidents/", "commander").status()).isEqualTo(404);
    }

    /** The firewall refuses these spellings before anything else, for everyone alike: a 400 problem, never a hint. */
    @ParameterizedTest
    @ValueSource(strings = {"/api//anything-unknown", "/api/anything%2Funknown", "/api/./incidents", "/api/..;/x"})
    void hostileSpellingsAreRefusedAlikeForEveryone(String path) {
        Answer anonymous = send("GET", path, null);
        Answer known = send("GET", path, EMPLOYEE);
        assertThat(anonymous.status()).as(path).isIn(400, 401);
        assertThat(known.status()).as(path).isIn(400, 404);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(known.contentType()).startsWith("application/problem+json");
    }

    private record Answer(int status, String contentType, String body, @Nullable String type, String allow) {}

    private Answer send(String method, String path, @Nullable String login) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .header("Accept", "application/json, application/problem+json");
        if (login != null) {
            String credentials = login + ":" + IncidentServiceIntegrationTest.PASSWORD;
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            var type = java.util.regex.Pattern.compile("\"type\"\\s*:\\s*\"([^\"]*)\"")
                    .matcher(body);
            return new Answer(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    body,
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
