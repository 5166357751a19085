package io.muster.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway's public entry when several gateway instances run: what a load balancer in front of them
 * is in production. Each request goes to the next instance in turn; when an instance gives no answer at
 * all (nobody listens, the connection breaks before the status line: it died holding the request, or it
 * stays silent past {@link #UPSTREAM_TIMEOUT}) the same request goes to the next instance, each instance
 * at most once, and only when none answers does the provider get a 502. Any answer an instance gives,
 * errors included, is passed on as it is.
 *
 * <p>Sending a request again after an instance broke off is safe because every gateway endpoint the
 * provider calls is idempotent on the provider's own reference (MessageSid, CallSid): a retry of a webhook
 * that was handled is answered as before and publishes nothing new (docs/instances.md). It is what
 * nginx's {@code proxy_next_upstream error timeout non_idempotent} or Envoy's {@code retry_on:
 * connect-failure,reset} do; without it, a webhook in flight when its instance is killed would get a
 * read error at the provider, which by default does not retry it.
 */
final class GatewayBalancer implements AutoCloseable {

    static final Duration UPSTREAM_TIMEOUT = Duration.ofSeconds(10);

    private static final Logger log = LoggerFactory.getLogger(GatewayBalancer.class);

    // Hop-by-hop headers, and those java.net.http sets itself and refuses to be given.
    private static final Set<String> NOT_FORWARDED = Set.of(
            "connection",
            "content-length",
            "expect",
            "host",
            "keep-alive",
            "proxy-authenticate",
            "proxy-authorization",
            "te",
            "trailer",
            "transfer-encoding",
            "upgrade",
            "http2-settings",
            "date");

    private final List<Upstream> instances;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(1))
            .followRedirects(HttpClient.Redirect.NEVER)
            .executor(threads)
            .build();
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicLong failovers = new AtomicLong();

    /** One gateway instance: its name (as the stack's parts know it) and its base URL. */
    record Upstream(String name, String baseUrl) {}

    private GatewayBalancer(List<Upstream> instances, HttpServer server) {
        this.instances = List.copyOf(instances);
        this.server = server;
    }

    /** Listens on 127.0.0.1:{@code port} and forwards to {@code instances}. */
    static GatewayBalancer start(int port, List<Upstream> instances) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 1024);
            GatewayBalancer balancer = new GatewayBalancer(instances, server);
            server.createContext("/", balancer::forward);
            server.setExecutor(balancer.threads);
            server.start();
            return balancer;
        } catch (IOException e) {
            throw new IllegalStateException("The gateway balancer cannot listen on port " + port, e);
        }
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** How many times a request went on to another instance because one gave no answer. */
    long failovers() {
        return failovers.get();
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            int first = Math.floorMod(next.getAndIncrement(), instances.size());
            for (int i = 0; i < instances.size(); i++) {
                Upstream upstream = instances.get((first + i) % instances.size());
                HttpResponse<byte[]> answer = send(upstream, exchange, body);
                if (answer != null) {
                    reply(exchange, answer);
                    return;
                }
                failovers.incrementAndGet();
            }
            byte[] problem = "No gateway instance answered".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
            exchange.sendResponseHeaders(502, problem.length);
            exchange.getResponseBody().write(problem);
        }
    }

    /** The instance's answer, or null when it gave none (not listening, broke off, silent too long). */
    private HttpResponse<byte[]> send(Upstream upstream, HttpExchange exchange, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(upstream.baseUrl() + exchange.getRequestURI()))
                .timeout(UPSTREAM_TIMEOUT)
                .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
        for (Map.Entry<String, List<String>> header :
                exchange.getRequestHeaders().entrySet()) {
            if (!NOT_FORWARDED.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                header.getValue().forEach(value -> request.header(header.getKey(), value));
            }
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            log.warn(
                    "{} gave no answer to {} {} ({}); trying the next instance",
                    upstream.name(),
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getPath(),
                    e.toString());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static void reply(HttpExchange exchange, HttpResponse<byte[]> answer) throws IOException {
        answer.headers().map().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                exchange.getResponseHeaders().put(name, values);
            }
        });
        byte[] body = answer.body();
        boolean empty = body.length == 0;
        exchange.sendResponseHeaders(answer.statusCode(), empty ? -1 : body.length);
        if (!empty) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        http.close();
        threads.shutdownNow();
    }
}
