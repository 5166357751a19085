package io.muster.incident.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.incident.IncidentServiceIntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.reactive.function.client.ExchangeStrategies;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.DefaultUriBuilderFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Throws hostile input at every endpoint of the service ({@code access-matrix/*.csv} lists them
 * all, and {@link AccessMatrixIntegrationTests} fails when one is missing): malformed, mistyped,
 * oversized and deeply nested bodies, unknown enums, NUL and control characters, markup, hostile
 * query strings and path segments, each as a login the endpoint admits. Every answer must be
 * neither a 5xx nor a stack trace, an error must be an RFC 9457 problem, an HTML page must not
 * reflect markup unescaped, a rejected request must store nothing, and a JSON endpoint must answer
 * NUL with 400.
 */
@IncidentServiceIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputIntegrationTests {

    /** The demo login of each role, most powerful first: the login that reaches deepest into a handler. */
    private static final Map<String, String> LOGIN_OF = Map.of(
            "ADMIN", "admin",
            "COMMANDER", "commander",
            "TEAM", "team",
            "HR", "hr",
            "SPOKESPERSON", "spokesperson",
            "EMPLOYEE", "employee");

    private static final List<String> PREFERENCE =
            List.of("ADMIN", "COMMANDER", "TEAM", "HR", "SPOKESPERSON", "EMPLOYEE");
    private static final Pattern INCIDENT_ID = Pattern.compile("^/api/incidents/\\{[^}/]+}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}/]+}");
    private static final Pattern STACK_TRACE = Pattern.compile(
            "\\bat [a-zA-Z_$][\\w$]*(\\.[\\w$<>]+)+\\(|Exception:|\\bjava\\.lang\\.|org\\.springframework\\.|io\\.muster\\.|\"trace\"");
    private static final List<MediaType> NOT_A_STREAM = MediaType.parseMediaTypes(
            "application/json, application/problem+json, text/csv, text/html, text/plain, application/xml,"
                    + " application/atom+xml, application/cap+xml, application/octet-stream, audio/*, application/*");
    private static final String MARKER_COUNT =
            """
            SELECT (SELECT count(*) FROM incidents WHERE title LIKE :marker)
                 + (SELECT count(*) FROM people WHERE display_name LIKE :marker OR employee_id LIKE :marker)
                 + (SELECT count(*) FROM sites WHERE name LIKE :marker)
                 + (SELECT count(*) FROM roles WHERE name LIKE :marker)
                 + (SELECT count(*) FROM call_trees WHERE name LIKE :marker)
                 + (SELECT count(*) FROM incident_types WHERE name LIKE :marker)
                 + (SELECT count(*) FROM tasks WHERE title LIKE :marker)
                 + (SELECT count(*) FROM task_comments WHERE body LIKE :marker)
                 + (SELECT count(*) FROM status_updates WHERE text LIKE :marker)
                 + (SELECT count(*) FROM sitreps WHERE conditions LIKE :marker)
                 + (SELECT count(*) FROM statement_versions WHERE headline LIKE :marker)
                 + (SELECT count(*) FROM drills WHERE title LIKE :marker)
                 + (SELECT count(*) FROM incident_changes WHERE comment LIKE :marker)
                 + (SELECT count(*) FROM accountability_answers WHERE comment LIKE :marker)
                 + (SELECT count(*) FROM app_users WHERE username LIKE :marker)
                 + (SELECT count(*) FROM audit_log WHERE details::text LIKE :marker OR subject LIKE :marker)
            """;

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient db;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private WebClient http;
    private HostileRequests hostile;
    private UUID incident;
    private Set<String> jsonBodies;

    /** The response of one hostile request. */
    private record Answer(int status, @Nullable MediaType type, String body) {}

    @BeforeAll
    void anOpenIncidentThatNotifiedEveryDemoLogin() {
        DefaultUriBuilderFactory uris = new DefaultUriBuilderFactory("http://127.0.0.1:" + port);
        // The hostile paths and queries are sent exactly as written (already encoded).
        uris.setEncodingMode(DefaultUriBuilderFactory.EncodingMode.NONE);
        http = WebClient.builder()
                .uriBuilderFactory(uris)
                .exchangeStrategies(ExchangeStrategies.builder()
                        .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(64 * 1024 * 1024))
                        .build())
                .build();
        hostile = new HostileRequests("hx" + UUID.randomUUID().toString().substring(0, 8), json);
        var declaration = Map.of(
                "title", "Hostile input",
                "message", "m",
                "severity", "LOW",
                "exercise", true,
                "notify", Map.of("employeeIds", List.of("E001", "E002", "E021", "E022", "E030", "E050")));
        String created = http.post()
                .uri("/api/incidents")
                .headers(h -> h.setBasicAuth("commander", IncidentServiceIntegrationTest.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(declaration)
                .retrieve()
                .bodyToMono(String.class)
                .block(Duration.ofSeconds(90));
        incident = UUID.fromString(json.readTree(created).get("id").asString());
        jsonBodies = endpointsWithJsonBodies();
    }

    @TestFactory
    Stream<DynamicTest> everyWriteEndpointSurvivesEveryHostileBody() {
        return rows().filter(row -> Set.of("POST", "PUT", "PATCH").contains(row.method()))
                .flatMap(row -> hostile.bodies().stream()
                        .map(body -> DynamicTest.dynamicTest(row + " with " + body, () -> {
                            long before = markerCount();
                            Answer answer = call(row, concrete(row.path()), "", body);
                            List<String> problems = problems(answer);
                            if (answer.status() >= 400 && markerCount() != before) {
                                problems.add("a rejected request stored something");
                            }
                            if (body.name().startsWith("NUL")
                                    && jsonBodies.contains(key(row))
                                    && answer.status() != 400) {
                                problems.add("NUL in a JSON body answered " + answer.status() + ", not 400");
                            }
                            assertThat(problems)
                                    .as(row + " with " + body + ": " + answer)
                                    .isEmpty();
                        })));
    }

    @TestFactory
    Stream<DynamicTest> everyReadEndpointSurvivesHostileQueryStrings() {
        return rows().filter(row -> row.method().equals("GET")).flatMap(row -> hostile.queries().stream()
                .map(query -> DynamicTest.dynamicTest(row + " with ?" + abbreviated(query), () -> {
                    Answer answer = call(row, concrete(row.path()), query, null);
                    List<String> problems = problems(answer);
                    if (query.contains("%00") && answer.status() != 400) {
                        problems.add("NUL in the query answered " + answer.status() + ", not 400");
                    }
                    assertThat(problems)
                            .as(row + " with ?" + abbreviated(query) + ": " + answer)
                            .isEmpty();
                })));
    }

    @TestFactory
    Stream<DynamicTest> everyPathParameterSurvivesHostileSegments() {
        return rows().filter(row -> PLACEHOLDER.matcher(row.path()).find())
                .flatMap(row -> HostileRequests.segments().stream()
                        .map(segment -> DynamicTest.dynamicTest(row + " with " + abbreviated(segment), () -> {
                            long before = markerCount();
                            String path = PLACEHOLDER.matcher(row.path()).replaceAll(segment.replace("$", "\\$"));
                            Answer answer = call(
                                    row,
                                    path,
                                    "",
                                    Set.of("POST", "PUT", "PATCH").contains(row.method()) ? hostile.nulBody() : null);
                            List<String> problems = problems(answer);
                            if (answer.status() >= 400 && markerCount() != before) {
                                problems.add("a rejected request stored something");
                            }
                            assertThat(problems)
                                    .as(row + " at " + abbreviated(path) + ": " + answer)
                                    .isEmpty();
                        })));
    }

    /** Refused by the HTTP server itself, before the service: a 400 without a body, never a 5xx. */
    @Test
    void malformedEscapesInThePathOrQueryAreBadRequests() throws java.io.IOException {
        for (String target : List.of("/api/people?q=%zz", "/api/audit?since=%", "/api/sites/%zz", "/status?x=%2")) {
            String answer = raw("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: "
                    + basic("admin", IncidentServiceIntegrationTest.PASSWORD) + "\r\nConnection: close\r\n\r\n");
            assertThat(answer).as(target).startsWith("HTTP/1.1 400");
            assertThat(STACK_TRACE.matcher(answer).find()).as(target).isFalse();
        }
    }

    private String raw(String request) throws java.io.IOException {
        try (var socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void hostileCredentialsAreUnauthorizedProblemsNeverServerErrors() {
        List<String> authorizations = List.of(
                basic("nul\u0000name", "password"),
                basic("admin", "p".repeat(1_000)),
                basic("x".repeat(5_000), "password"),
                basic("\u001b[2J", "\u0000"),
                "Basic not-base64!",
                "Basic " + java.util.Base64.getEncoder().encodeToString("no-colon".getBytes()),
                "Session not-a-session-token",
                "Session " + "A".repeat(43),
                "Bearer not.a.jwt");
        for (String authorization : authorizations) {
            Answer answer = http.get()
                    .uri("/api/incidents")
                    .header("Authorization", authorization)
                    .exchangeToMono(this::answer)
                    .block(Duration.ofSeconds(30));
            assertThat(answer.status())
                    .as(abbreviated(authorization) + ": " + answer)
                    .isEqualTo(401);
            assertThat(problems(answer)).as(abbreviated(authorization)).isEmpty();
        }
    }

    @Test
    void unparseableHeadersAreNeverServerErrors() {
        for (var header : List.of(
                Map.entry("Accept", ";;;/x"),
                Map.entry("Content-Type", "not/a;;type"),
                Map.entry("Origin", "::not a url"),
                Map.entry("X-Forwarded-For", "not-an-address"))) {
            Answer anonymous = http.post()
                    .uri("/api/roles")
                    .header(header.getKey(), header.getValue())
                    .exchangeToMono(this::answer)
                    .block(Duration.ofSeconds(30));
            assertThat(anonymous.status()).as(header + ": " + anonymous).isBetween(400, 499);
            Answer signedIn = http.get()
                    .uri("/api/roles")
                    .headers(h -> h.setBasicAuth("admin", IncidentServiceIntegrationTest.PASSWORD))
                    .header(header.getKey(), header.getValue())
                    .exchangeToMono(this::answer)
                    .block(Duration.ofSeconds(30));
            assertThat(signedIn.status()).as(header + ": " + signedIn).isLessThan(500);
        }
    }

    private static String basic(String username, String password) {
        return "Basic "
                + java.util.Base64.getEncoder()
                        .encodeToString((username + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void theCsvImportAnswersNulAndAnOversizedFileWithProblems() {
        String header = "employee_id,name,phone,email,locale,time_zone,site,department,manager_employee_id,"
                + "deputy_employee_id,roles,channels\n";
        long before = markerCount();
        String nul = header + hostile.marker() + "-1,Nul\u0000Name,,,,,,,,,,\n";
        Answer withNul = importCsv(nul.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(withNul.status()).as(withNul.toString()).isEqualTo(400);
        assertThat(problems(withNul)).isEmpty();

        byte[] huge = new byte[64 * 1024 * 1024 + 1];
        java.util.Arrays.fill(huge, (byte) 'x');
        Answer tooLarge = importCsv(huge);
        assertThat(tooLarge.status()).as(tooLarge.toString()).isEqualTo(413);
        assertThat(problems(tooLarge)).isEmpty();
        assertThat(markerCount()).isEqualTo(before);
    }

    private Answer importCsv(byte[] csv) {
        return http.post()
                .uri("/api/people/import")
                .headers(h -> h.setBasicAuth("admin", IncidentServiceIntegrationTest.PASSWORD))
                .contentType(MediaType.parseMediaType("text/csv"))
                .bodyValue(csv)
                .exchangeToMono(this::answer)
                .block(Duration.ofSeconds(90));
    }

    private Stream<AccessMatrix.Row> rows() {
        return AccessMatrix.load().stream()
                .sorted(Comparator.comparing(row -> row.path().endsWith("/close")));
    }

    private List<String> problems(Answer answer) {
        List<String> problems = new ArrayList<>();
        if (answer.status() >= 500) {
            problems.add("a server error " + answer.status());
        }
        if (STACK_TRACE.matcher(answer.body()).find()) {
            problems.add("a stack trace or class name in the body");
        }
        if (answer.type() != null
                && answer.type().isCompatibleWith(MediaType.TEXT_HTML)
                && answer.body().contains(HostileRequests.SCRIPT)) {
            problems.add("markup reflected unescaped in a page");
        }
        if (answer.status() >= 400
                && answer.status() != 406
                && (answer.type() == null || !answer.type().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))) {
            problems.add("an error that is not a problem document (" + answer.type() + ")");
        }
        return problems;
    }

    private Answer call(AccessMatrix.Row row, String path, String query, HostileRequests.@Nullable Body body) {
        String login = row.isPublic() ? null : loginFor(row);
        var request = http.method(HttpMethod.valueOf(row.method()))
                .uri(query.isEmpty() ? path : path + "?" + query)
                .headers(h -> {
                    if (login != null) {
                        h.setBasicAuth(login, IncidentServiceIntegrationTest.PASSWORD);
                    }
                    if (row.allowed().contains("SERVICE")) { // the gateway's routes: its service token
                        h.set("X-Muster-Service-Token", IncidentServiceIntegrationTest.HOTLINE_TOKEN);
                    }
                    h.setAccept(NOT_A_STREAM);
                });
        WebClient.RequestHeadersSpec<?> spec = body == null
                ? request
                : request.contentType(MediaType.parseMediaType(body.contentType()))
                        .bodyValue(body.content());
        return spec.exchangeToMono(this::answer).block(Duration.ofSeconds(90));
    }

    private Mono<Answer> answer(org.springframework.web.reactive.function.client.ClientResponse response) {
        int status = response.statusCode().value();
        MediaType type = response.headers().contentType().orElse(null);
        return response.bodyToFlux(DataBuffer.class)
                .reduce(new StringBuilder(), (text, buffer) -> {
                    text.append(buffer.toString(java.nio.charset.StandardCharsets.UTF_8));
                    org.springframework.core.io.buffer.DataBufferUtils.release(buffer);
                    return text;
                })
                .map(StringBuilder::toString)
                .defaultIfEmpty("")
                .map(text -> new Answer(status, type, text));
    }

    private static String loginFor(AccessMatrix.Row row) {
        return PREFERENCE.stream()
                .filter(role -> row.allowed().contains(role))
                .findFirst()
                .map(LOGIN_OF::get)
                .orElse("admin");
    }

    private String concrete(String path) {
        String withIncident = INCIDENT_ID.matcher(path).replaceFirst("/api/incidents/" + incident);
        return PLACEHOLDER.matcher(withIncident).replaceAll(match -> UUID.randomUUID()
                .toString());
    }

    private long markerCount() {
        return db.sql(MARKER_COUNT)
                .param("marker", "%" + hostile.marker() + "%")
                .query(Long.class)
                .single();
    }

    /**
     * "METHOD /path/{}" of every handler that reads text from a JSON body (not a stream of parts or
     * bytes, not a body of numbers and flags only, whose other members are skipped unread).
     */
    private Set<String> endpointsWithJsonBodies() {
        Set<String> found = new HashSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            boolean json = Stream.of(method.getMethodParameters())
                    .anyMatch(p -> p.hasParameterAnnotation(RequestBody.class)
                            && !Flux.class.isAssignableFrom(p.getParameterType())
                            && readsText(p.getParameterType()));
            if (json) {
                info.getPatternsCondition().getPatterns().forEach(pattern -> info.getMethodsCondition()
                        .getMethods()
                        .forEach(m -> found.add(m.name() + " " + normal(pattern.getPatternString()))));
            }
        });
        return found;
    }

    // Numbers, flags, times, durations, ids and enums parse or fail: only free text can carry a NUL in.
    private static boolean readsText(Class<?> type) {
        if (!type.isRecord()) {
            return !Number.class.isAssignableFrom(type)
                    && !type.isPrimitive()
                    && !type.isEnum()
                    && type != Boolean.class
                    && type != UUID.class
                    && !type.getPackageName().equals("java.time");
        }
        return Stream.of(type.getRecordComponents()).anyMatch(component -> readsText(component.getType()));
    }

    private static String key(AccessMatrix.Row row) {
        return row.method() + " " + normal(row.path());
    }

    private static String normal(String path) {
        return PLACEHOLDER.matcher(path).replaceAll("{}");
    }

    private static String abbreviated(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
