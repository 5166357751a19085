package io.muster.simulator;

import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.twilio.security.RequestValidator;
import io.muster.simulator.http.HttpIo;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/** The application's side in tests: records every webhook and answers the TwiML set for its path. */
final class WebhookReceiver implements AutoCloseable {

    record Received(String method, String url, String path, Map<String, String> params, String signature) {

        String param(String name) {
            return params.get(name);
        }

        boolean signedWith(String authToken) {
            Map<String, String> postParams = "POST".equals(method) ? params : Map.of();
            return new RequestValidator(authToken).validate(url, postParams, signature);
        }
    }

    private final HttpServer server;
    private final Queue<Received> received = new ConcurrentLinkedQueue<>();
    private final Map<String, String> answers = new ConcurrentHashMap<>();
    private final Map<String, Failing> failing = new ConcurrentHashMap<>();

    private record Failing(int status, AtomicInteger left) {}

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 100);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The TwiML this receiver answers on {@code path}. */
    WebhookReceiver answer(String path, String twiml) {
        answers.put(path, twiml);
        return this;
    }

    /** The next {@code count} requests on {@code path} are answered {@code status} with an empty body. */
    WebhookReceiver failNext(String path, int status, int count) {
        failing.put(path, new Failing(status, new AtomicInteger(count)));
        return this;
    }

    List<Received> received(Predicate<Received> matching) {
        return received.stream().filter(matching).toList();
    }

    Received awaitOne(Predicate<Received> matching) {
        return await().atMost(Duration.ofSeconds(10))
                .until(() -> received(matching), list -> !list.isEmpty())
                .getFirst();
    }

    static Predicate<Received> on(String path) {
        return request -> request.path().equals(path);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(HttpIo.body(exchange), StandardCharsets.UTF_8);
            String query = exchange.getRequestURI().getRawQuery();
            String path = exchange.getRequestURI().getPath();
            Map<String, String> params =
                    "POST".equals(exchange.getRequestMethod()) ? HttpIo.params(body) : HttpIo.params(query);
            String url = url(path) + (query == null ? "" : "?" + query);
            received.add(new Received(
                    exchange.getRequestMethod(),
                    url,
                    path,
                    params,
                    exchange.getRequestHeaders().getFirst("X-Twilio-Signature")));
            Failing failure = failing.get(path);
            if (failure != null && failure.left().getAndDecrement() > 0) {
                HttpIo.send(exchange, failure.status(), "text/plain", new byte[0]);
                return;
            }
            String twiml = answers.getOrDefault(path, "<Response/>");
            HttpIo.send(exchange, 200, "application/xml", twiml.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
