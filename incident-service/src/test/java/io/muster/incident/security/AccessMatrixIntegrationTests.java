package io.muster.incident.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.incident.IncidentServiceIntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Walks the whole role × endpoint matrix ({@code access-matrix/*.csv}): each endpoint is called by
 * every demo login and anonymously. Allowed → neither 401 nor 403; not allowed → 403 (anonymous
 * → 401 unless PUBLIC); whoever calls, never a 5xx and never a stack trace. {@code {id}} right after {@code /api/incidents/} is an existing open
 * incident that notified every demo login; every other placeholder is a random UUID. Rows that close
 * an incident run last, so that the others see it open.
 */
@IncidentServiceIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixIntegrationTests {

    private static final Map<String, String> LOGINS = Map.of(
            "commander", "COMMANDER",
            "team", "TEAM",
            "hr", "HR",
            "spokesperson", "SPOKESPERSON",
            "employee", "EMPLOYEE",
            "admin", "ADMIN");
    private static final Pattern INCIDENT_ID = Pattern.compile("^/api/incidents/\\{[^}/]+}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}/]+}");

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private WebClient http;
    private UUID incident;

    @BeforeAll
    void anOpenIncidentThatNotifiedEveryDemoLogin() {
        http = WebClient.builder()
                .baseUrl("http://127.0.0.1:" + port)
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(64 * 1024 * 1024))
                .build();
        var body = Map.of(
                "title", "Access matrix",
                "message", "m",
                "severity", "LOW",
                "exercise", true,
                "notify", Map.of("employeeIds", List.of("E001", "E002", "E021", "E022", "E030", "E050")));
        String created = http.post()
                .uri("/api/incidents")
                .headers(h -> h.setBasicAuth("commander", IncidentServiceIntegrationTest.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .retrieve()
                .bodyToMono(String.class)
                .block(Duration.ofSeconds(90));
        incident = UUID.fromString(json.readTree(created).get("id").asString());
    }

    @TestFactory
    Stream<DynamicTest> everyLoginGetsWhatTheMatrixSays() {
        return AccessMatrix.load().stream()
                .sorted(Comparator.comparing(row -> row.path().endsWith("/close")))
                .map(row -> DynamicTest.dynamicTest(
                        row.toString(),
                        () -> assertThat(violations(row)).as(row.toString()).isEmpty()));
    }

    @Test
    void everyEndpointOfTheServiceIsInTheMatrix() {
        Set<String> listed = new TreeSet<>();
        AccessMatrix.load().forEach(row -> listed.add(row.method() + " " + normal(row.path())));
        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods()
                .keySet()
                .forEach(info -> info.getPatternsCondition().getPatterns().forEach(p -> {
                    Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                    for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                        served.add(method.name() + " " + normal(p.getPatternString()));
                    }
                }));
        assertThat(served).contains("POST /api/incidents", "GET /api/incidents/{}");
        assertThat(served.stream().filter(endpoint -> !listed.contains(endpoint)))
                .as("endpoints without a row in access-matrix/*.csv")
                .isEmpty();
    }

    private List<String> violations(AccessMatrix.Row row) {
        String path = concrete(row.path());
        List<String> violations = new ArrayList<>();
        LOGINS.forEach((login, role) -> {
            boolean allowed = row.isPublic() || row.allowed().contains(role);
            Answer answer = call(row.method(), path, login);
            int status = answer.status();
            boolean denied = status == 401 || status == 403;
            if (allowed == denied || (!allowed && status != 403)) {
                violations.add(login + " → " + status + (allowed ? ", expected allowed" : ", expected 403"));
            }
            violations.addAll(answer.faults(login));
        });
        Answer anonymous = call(row.method(), path, null);
        if (row.isPublic() ? anonymous.status() == 401 || anonymous.status() == 403 : anonymous.status() != 401) {
            violations.add(
                    "anonymous → " + anonymous.status() + (row.isPublic() ? ", expected allowed" : ", expected 401"));
        }
        violations.addAll(anonymous.faults("anonymous"));
        return violations;
    }

    /** A status and the body's first kilobytes (a stream's body is not read). */
    private record Answer(int status, String body) {

        private static final Pattern STACK_TRACE =
                Pattern.compile("\\bat [a-zA-Z_$][\\w$]*(\\.[\\w$<>]+)+\\(|Exception:|\\bjava\\.lang\\.|\"trace\"");

        List<String> faults(String who) {
            List<String> faults = new ArrayList<>();
            if (status >= 500) faults.add(who + " → " + status + ", a server error");
            if (STACK_TRACE.matcher(body).find()) faults.add(who + " → a stack trace in the body");
            return faults;
        }
    }

    private static final List<MediaType> NOT_A_STREAM = MediaType.parseMediaTypes(
            "application/json, application/problem+json, text/csv, text/html, text/plain, application/xml,"
                    + " application/atom+xml, application/cap+xml, application/octet-stream, audio/*, application/*");

    private Answer call(String method, String path, @Nullable String login) {
        var request = http.method(HttpMethod.valueOf(method)).uri(path).headers(h -> {
            if (login != null) {
                h.setBasicAuth(login, IncidentServiceIntegrationTest.PASSWORD);
            }
            // Every representation but an endless event stream: a stream's body would be drained
            // forever when released; its endpoint answers 406 instead, which still shows the
            // authorisation decision (security runs before content negotiation).
            h.setAccept(NOT_A_STREAM);
        });
        WebClient.RequestHeadersSpec<?> spec = Set.of("POST", "PUT", "PATCH").contains(method)
                ? request.contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                : request;
        // A stream's body (text/event-stream) is released unread; any other is read for stack traces.
        return spec.exchangeToMono(response -> {
                    int status = response.statusCode().value();
                    boolean stream = response.headers()
                            .contentType()
                            .filter(MediaType.TEXT_EVENT_STREAM::isCompatibleWith)
                            .isPresent();
                    return stream
                            ? Mono.just(new Answer(status, ""))
                            : response.bodyToMono(String.class)
                                    .defaultIfEmpty("")
                                    .map(body -> new Answer(status, body));
                })
                .block(Duration.ofSeconds(90));
    }

    private String concrete(String path) {
        String withIncident = INCIDENT_ID.matcher(path).replaceFirst("/api/incidents/" + incident);
        return PLACEHOLDER.matcher(withIncident).replaceAll(match -> UUID.randomUUID()
                .toString());
    }

    private static String normal(String path) {
        return PLACEHOLDER.matcher(path).replaceAll("{}");
    }
}
