package io.muster.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.gateway.GatewayIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The served OpenAPI document is the gateway as it runs: every endpoint it registers (and the SMS
 * webhook served in front of WebFlux) is in it, the statuses it gives are those the endpoints answer
 * (called here), errors are problem documents, and it says how each part is authenticated.
 */
class ApiDescriptionIntegrationTests extends GatewayIntegrationTest {

    @Autowired
    JsonMapper json;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping annotated;

    private JsonNode api;

    @BeforeEach
    void fetchTheDocument() {
        client.get().uri("/v3/api-docs").exchange().expectStatus().isUnauthorized();
        byte[] body = client.get()
                .uri("/v3/api-docs")
                .headers(h -> h.setBasicAuth("commander", STAFF_PASSWORD))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .returnResult()
                .getResponseBody();
        api = json.readTree(body);
    }

    @Test
    void everyRegisteredEndpointIsDescribed() {
        Set<String> registered = new TreeSet<>();
        annotated.getHandlerMethods().keySet().forEach(info -> info.getPatternsCondition()
                .getPatterns()
                .forEach(pattern -> info.getMethodsCondition()
                        .getMethods()
                        .forEach(method -> registered.add(method.name() + " " + pattern.getPatternString()))));
        registered.add("POST /webhooks/twilio/sms/inbound");
        assertThat(registered).contains("GET /api/inbound", "POST /webhooks/twilio/voice/twiml");
        // springdoc's own endpoints: the document does not describe itself
        registered.removeIf(endpoint -> endpoint.startsWith("GET /v3/api-docs"));

        List<String> missing = new ArrayList<>();
        for (String endpoint : registered) {
            String[] parts = endpoint.split(" ", 2);
            if (operation(parts[1], parts[0]) == null) {
                missing.add(endpoint);
            }
        }
        assertThat(missing).as("registered endpoints missing from /v3/api-docs").isEmpty();
    }

    @Test
    void everyErrorIsAProblemDocumentAndEachPartSaysHowItIsAuthenticated() {
        assertThat(api.at("/components/securitySchemes").propertyNames()).contains("operator", "twilioSignature");
        List<String> faults = new ArrayList<>();
        api.get("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(op -> {
                    String name = op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
                    JsonNode responses = op.getValue().get("responses");
                    responses.properties().forEach(response -> {
                        // an answer page's errors are pages for the person who followed the link
                        boolean page = path.getKey().startsWith("/answer/")
                                && response.getValue().at("/content").has("text/html");
                        if (!page
                                && (response.getKey().startsWith("4")
                                        || response.getKey().startsWith("5"))) {
                            if (!response.getValue()
                                    .at("/content/application~1problem+json/schema/$ref")
                                    .asString()
                                    .endsWith("/ProblemDetail")) {
                                faults.add(name + " " + response.getKey() + " is not a ProblemDetail problem+json: "
                                        + response.getValue());
                            }
                        }
                    });
                    String scheme = op.getValue().at("/security/0").propertyNames().stream()
                            .findFirst()
                            .orElse("none");
                    String expected = path.getKey().startsWith("/webhooks/")
                            ? "twilioSignature"
                            : path.getKey().startsWith("/api/") ? "operator" : "none";
                    if (!scheme.equals(expected)) {
                        faults.add(name + " is secured by " + scheme + ", expected " + expected);
                    }
                }));
        assertThat(faults).isEmpty();
    }

    @Test
    void theDocumentedStatusesAreTheOnesTheEndpointsAnswer() {
        String callback = "/webhooks/twilio/sms/status?notificationId=" + UUID.randomUUID() + "&channel=SMS";
        var delivered = Map.of(
                "MessageSid", "SM" + UUID.randomUUID().toString().replace("-", ""), "MessageStatus", "delivered");
        int answered = postSigned(callback, delivered, TOKEN)
                .returnResult(byte[].class)
                .getStatus()
                .value();
        assertThat(answered).isEqualTo(204);
        assertThat(codes("/webhooks/twilio/sms/status", "post", "2")).containsExactly("204");

        int unsigned = post(callback, delivered, "wrong")
                .returnResult(byte[].class)
                .getStatus()
                .value();
        assertThat(unsigned).isEqualTo(403);
        assertThat(codes("/webhooks/twilio/sms/status", "post", "4")).contains("403", "400");

        int listed = client.get()
                .uri("/api/inbound")
                .headers(h -> h.setBasicAuth("operator", STAFF_PASSWORD))
                .exchange()
                .returnResult(byte[].class)
                .getStatus()
                .value();
        assertThat(listed).isEqualTo(200);
        assertThat(codes("/api/inbound", "get", "2")).containsExactly("200");
        int anonymous = client.get()
                .uri("/api/inbound")
                .exchange()
                .returnResult(byte[].class)
                .getStatus()
                .value();
        assertThat(anonymous).isEqualTo(401);
        assertThat(codes("/api/inbound", "get", "4")).contains("401", "403");

        int attachedWrongly = client.post()
                .uri("/api/inbound/1/attach")
                .headers(h -> h.setBasicAuth("operator", STAFF_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .returnResult(byte[].class)
                .getStatus()
                .value();
        assertThat(attachedWrongly).isEqualTo(400);
        assertThat(codes("/api/inbound/{id}/attach", "post", "4")).contains("400");
    }

    private Set<String> codes(String path, String method, String prefix) {
        JsonNode operation = operation(path, method);
        assertThat(operation).as(method + " " + path).isNotNull();
        Set<String> codes = new TreeSet<>(operation.get("responses").propertyNames());
        codes.removeIf(code -> !code.startsWith(prefix));
        return codes;
    }

    private @Nullable JsonNode operation(String path, String method) {
        JsonNode item = api.get("paths").get(path.replaceAll("\\{([^}:]+):[^}]*}", "{$1}"));
        return item == null ? null : item.get(method.toLowerCase(Locale.ROOT));
    }
}
