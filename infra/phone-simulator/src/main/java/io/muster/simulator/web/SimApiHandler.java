package io.muster.simulator.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.muster.simulator.http.HttpIo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Serves {@code /sim/**}: JSON in and out; bad input answers 400 {"error": ...}, never a stack trace. Forms
 * posted by the phones page get a redirect back to the page instead of JSON.
 */
public final class SimApiHandler implements HttpHandler {

    private static final Logger log = LoggerFactory.getLogger(SimApiHandler.class);

    private final List<SimRoute> routes;

    public SimApiHandler(List<SimRoute> routes) {
        this.routes = List.copyOf(routes);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            try {
                answer(exchange);
            } catch (IllegalArgumentException | JacksonException e) {
                error(exchange, 400, e.getMessage());
            } catch (IllegalStateException e) {
                error(exchange, 409, e.getMessage());
            } catch (UncheckedIOException e) {
                error(
                        exchange,
                        502,
                        "the application could not be reached: " + e.getCause().getMessage());
            } catch (RuntimeException e) {
                log.warn(
                        "Simulator API request {} failed",
                        exchange.getRequestURI().getPath(),
                        e);
                error(exchange, 500, "the simulator failed: " + e.getClass().getSimpleName());
            }
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        byte[] body = HttpIo.body(exchange);
        boolean form = isForm(exchange) && !looksLikeJson(body);
        boolean pathKnown = false;
        for (SimRoute route : routes) {
            Matcher matcher = route.path().matcher(path);
            if (!matcher.matches()) {
                continue;
            }
            pathKnown = true;
            if (route.method().equals(exchange.getRequestMethod())) {
                respond(exchange, form, route.action().act(matcher, parse(body, form)));
                return;
            }
        }
        error(exchange, pathKnown ? 405 : 404, pathKnown ? "method not allowed" : "no such endpoint: " + path);
    }

    private void respond(HttpExchange exchange, boolean form, Object result) throws IOException {
        if (form) {
            HttpIo.redirect(exchange, "/");
        } else if (result == null) {
            exchange.sendResponseHeaders(204, -1);
        } else {
            HttpIo.json(exchange, 200, result);
        }
    }

    private static JsonNode parse(byte[] body, boolean form) {
        if (form) {
            return HttpIo.JSON.valueToTree(HttpIo.params(new String(body, StandardCharsets.UTF_8)));
        }
        return body.length == 0 ? HttpIo.JSON.createObjectNode() : HttpIo.JSON.readTree(body);
    }

    /** curl -d sends JSON as a form unless told otherwise; JSON is what scripts mean. */
    private static boolean looksLikeJson(byte[] body) {
        String start = new String(body, 0, Math.min(body.length, 16), StandardCharsets.UTF_8).stripLeading();
        return start.startsWith("{");
    }

    private static boolean isForm(HttpExchange exchange) {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        return type != null && type.startsWith("application/x-www-form-urlencoded");
    }

    private static void error(HttpExchange exchange, int status, String message) throws IOException {
        HttpIo.json(exchange, status, Map.of("error", message == null ? "bad request" : message));
    }
}
