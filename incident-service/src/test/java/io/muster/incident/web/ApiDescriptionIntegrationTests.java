package io.muster.incident.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.incident.IncidentServiceIntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.reactive.function.server.support.RouterFunctionMapping;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The served OpenAPI document is the API as it runs: every endpoint the service registers is in
 * it, the statuses it gives are those the endpoints answer (called here), errors are problem
 * documents, and it says how to authenticate.
 */
@IncidentServiceIntegrationTest
class ApiDescriptionIntegrationTests {

    private static final Set<String> NOT_OPERATIONS = Set.of("HEAD", "OPTIONS", "TRACE");

    @Autowired
    WebTestClient http;

    @Autowired
    JsonMapper json;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping annotated;

    @Autowired
    List<RouterFunctionMapping> functional;

    private JsonNode api;

    @BeforeEach
    void fetchTheDocument() {
        http = http.mutate().responseTimeout(Duration.ofSeconds(60)).build();
        byte[] body = http.get()
                .uri("/v3/api-docs")
                .headers(h -> h.setBasicAuth("employee", IncidentServiceIntegrationTest.PASSWORD))
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
                .forEach(pattern -> {
                    Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                    methods.forEach(method -> registered.add(method.name() + " " + pattern.getPatternString()));
                }));
        functional.stream()
                .map(RouterFunctionMapping::getRouterFunction)
                .filter(Objects::nonNull)
                .flatMap(function -> FunctionalRoutes.of(function).stream())
                .forEach(route -> route.methods().stream()
                        .map(HttpMethod::name)
                        .filter(method -> !NOT_OPERATIONS.contains(method))
                        .forEach(method -> registered.add(method + " " + route.pattern())));
        assertThat(registered).contains("POST /api/incidents", "GET /console/");
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
    void everyErrorIsAProblemDocumentAndEveryOperationSaysWhoMayCallIt() {
        assertThat(api.at("/components/securitySchemes").propertyNames()).contains("basic", "bearer", "session");
        assertThat(api.at("/components/schemas/ProblemDetail/properties").propertyNames())
                .contains("type", "title", "status", "detail", "instance");
        List<String> faults = new ArrayList<>();
        api.get("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(op -> {
                    String name = op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
                    JsonNode responses = op.getValue().get("responses");
                    responses.properties().forEach(response -> {
                        if (response.getKey().startsWith("4")
                                || response.getKey().startsWith("5")) {
                            JsonNode content = response.getValue().path("content");
                            if (!content.has("application/problem+json")
                                    || !content.at("/application~1problem+json/schema/$ref")
                                            .asString()
                                            .endsWith("/ProblemDetail")) {
                                faults.add(name + " " + response.getKey() + " is not a ProblemDetail problem+json");
                            }
                        }
                    });
                    boolean open = op.getValue().has("security")
                            && op.getValue().get("security").isEmpty();
                    if (!open && !responses.has("401")) {
                        faults.add(name + " has no 401");
                    }
                }));
        assertThat(faults).isEmpty();
    }

    /** Every GET without variables is called anonymously: public ones answer, the others 401. */
    @Test
    void theDocumentedSecurityIsTheOneTheEndpointsApply() {
        List<String> faults = new ArrayList<>();
        api.get("paths").properties().forEach(path -> {
            JsonNode get = path.getValue().get("get");
            if (get == null || path.getKey().contains("{")) {
                return;
            }
            boolean open = get.has("security") && get.get("security").isEmpty();
            int status = http.get()
                    .uri(path.getKey())
                    .accept(MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, MediaType.ALL)
                    .exchange()
                    .returnResult(byte[].class)
                    .getStatus()
                    .value();
            if (open == (status == 401)) {
                faults.add("GET " + path.getKey() + " documented " + (open ? "public" : "secured") + ", answers "
                        + status);
            }
        });
        assertThat(faults).isEmpty();
    }

    @Test
    void theDocumentedStatusesAreTheOnesTheEndpointsAnswer() {
        String role = "Documented " + UUID.randomUUID();
        int created = status(HttpMethod.POST, "/api/roles", "admin", Map.of("name", role));
        assertThat(created).isEqualTo(201);
        assertThat(successes("/api/roles", "post")).contains("201");
        int deleted = status(HttpMethod.DELETE, "/api/roles/" + role, "admin", null);
        assertThat(deleted).isEqualTo(204);
        assertThat(successes("/api/roles/{name}", "delete")).containsExactly("204");

        int declared = status(
                HttpMethod.POST,
                "/api/incidents",
                "commander",
                Map.of(
                        "title", "Described",
                        "message", "m",
                        "severity", "LOW",
                        "exercise", true,
                        "notify", Map.of("employeeIds", List.of("E001"))));
        assertThat(declared).isEqualTo(201);
        assertThat(successes("/api/incidents", "post")).contains("201");
        assertThat(status(HttpMethod.GET, "/api/incidents", "commander", null)).isEqualTo(200);
        assertThat(successes("/api/incidents", "get")).containsExactly("200");

        assertThat(status(HttpMethod.GET, "/api/incidents/" + UUID.randomUUID(), "commander", null))
                .isEqualTo(404);
        assertThat(errors("/api/incidents/{id}", "get")).contains("404", "401", "403");
        assertThat(status(HttpMethod.POST, "/api/incidents", "commander", Map.of()))
                .isEqualTo(400);
        assertThat(errors("/api/incidents", "post")).contains("400");
        assertThat(status(HttpMethod.GET, "/api/incidents", null, null)).isEqualTo(401);

        assertThat(status(HttpMethod.GET, "/status", null, null)).isEqualTo(200);
        assertThat(operation("/status", "GET").get("security")).isEmpty();
    }

    private Set<String> successes(String path, String method) {
        return codes(path, method, "2");
    }

    private Set<String> errors(String path, String method) {
        Set<String> codes = codes(path, method, "4");
        codes.addAll(codes(path, method, "5"));
        return codes;
    }

    private Set<String> codes(String path, String method, String prefix) {
        JsonNode operation = operation(path, method);
        assertThat(operation).as(method + " " + path).isNotNull();
        Set<String> codes = new TreeSet<>(operation.get("responses").propertyNames());
        codes.removeIf(code -> !code.startsWith(prefix));
        return codes;
    }

    private @Nullable JsonNode operation(String path, String method) {
        JsonNode item = api.get("paths").get(normal(path, api));
        return item == null ? null : item.get(method.toLowerCase(Locale.ROOT));
    }

    // A pattern's variables may carry a regex ({id:[0-9]+}); the document names them alone.
    private static String normal(String pattern, JsonNode api) {
        String plain = pattern.replaceAll("\\{([^}:]+):[^}]*}", "{$1}");
        return api.get("paths").has(plain) ? plain : pattern;
    }

    private int status(HttpMethod method, String uri, @Nullable String login, @Nullable Object body) {
        var request = http.method(method).uri(uri).headers(h -> {
            if (login != null) {
                h.setBasicAuth(login, IncidentServiceIntegrationTest.PASSWORD);
            }
        });
        var spec = body == null
                ? request
                : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body);
        return spec.exchange().returnResult(byte[].class).getStatus().value();
    }
}
