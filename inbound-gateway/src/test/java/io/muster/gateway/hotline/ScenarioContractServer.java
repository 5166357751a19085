package io.muster.gateway.hotline;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The incident-service's hotline half of scenario launches, as docs/scenarios.md ("Launch by phone") documents it,
 * on a real HTTP port: {@code GET /api/hotline/scenarios} and {@code POST /api/hotline/scenarios/{id}/launches}
 * behind {@code X-Muster-Service-Token}, 403 {@code not-a-commander} for an employee id that is not a commander's,
 * one launch per {@code Idempotency-Key} (a repeat answers 200, replayed). It records every call. One for the whole
 * test JVM (the gateway's shared context points at it); by default it lists no scenario, so no other test's hotline
 * menu offers a launch.
 */
public final class ScenarioContractServer {

    public static final String TOKEN = "hotline-service-token-for-tests-0123456789";
    private static final Pattern LAUNCH = Pattern.compile("/api/hotline/scenarios/([0-9a-f-]{36})/launches");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ScenarioContractServer SHARED = new ScenarioContractServer();

    /** A launch request as received. */
    public record Received(UUID scenarioId, String idempotencyKey, JsonNode body) {}

    private final HttpServer server;
    private volatile String menu = "{\"scenarios\":[],\"sites\":[]}";
    private volatile boolean launchesDown;
    private final Set<String> commanders = ConcurrentHashMap.newKeySet();
    private final Map<String, UUID> launched = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    private ScenarioContractServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/hotline/scenarios", this::handle);
        server.start();
    }

    public static ScenarioContractServer shared() {
        return SHARED;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The menu the next GET answers (a JSON document as the contract shows it). */
    public void menu(String json) {
        this.menu = json;
    }

    public void commander(String employeeId) {
        commanders.add(employeeId);
    }

    /** Launches answer 503 (as an incident-service whose database is gone would). */
    public void launchesDown(boolean down) {
        this.launchesDown = down;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** How many incidents were really launched for this idempotency key (0 or 1). */
    public int launches(String idempotencyKey) {
        return launched.containsKey(idempotencyKey) ? 1 : 0;
    }

    public void reset() {
        menu = "{\"scenarios\":[],\"sites\":[]}";
        launchesDown = false;
        commanders.clear();
        launched.clear();
        received.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!TOKEN.equals(exchange.getRequestHeaders().getFirst("X-Muster-Service-Token"))) {
                answer(exchange, 401, problem("unauthorized"));
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if ("GET".equals(exchange.getRequestMethod()) && path.equals("/api/hotline/scenarios")) {
                answer(exchange, 200, menu);
                return;
            }
            Matcher launch = LAUNCH.matcher(path);
            if (!"POST".equals(exchange.getRequestMethod()) || !launch.matches()) {
                answer(exchange, 404, problem("not-found"));
                return;
            }
            UUID scenarioId = UUID.fromString(launch.group(1));
            String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            JsonNode body = JSON.readTree(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            received.add(new Received(scenarioId, key, body));
            if (launchesDown) {
                answer(exchange, 503, problem("unavailable"));
            } else if (!commanders.contains(body.path("employeeId").asString())) {
                answer(exchange, 403, problem("not-a-commander"));
            } else if (launched.putIfAbsent(key, UUID.randomUUID()) != null) {
                answer(exchange, 200, launched(key, scenarioId, true));
            } else {
                answer(exchange, 201, launched(key, scenarioId, false));
            }
        }
    }

    private String launched(String key, UUID scenarioId, boolean repeated) {
        return "{\"incidentId\":\"" + launched.get(key) + "\",\"scenarioId\":\"" + scenarioId
                + "\",\"version\":3,\"exercise\":false,\"repeated\":" + repeated + "}";
    }

    private static String problem(String type) {
        return "{\"type\":\"https://muster.io/problems/" + type + "\",\"status\":0}";
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders()
                .set("Content-Type", status < 300 ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
