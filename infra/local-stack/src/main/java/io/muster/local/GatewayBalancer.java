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
 * all (nobody listens, the connection breaks before the status line: it died holding the request or closed
 * the kept-alive connection the request went out on, or it stays silent past {@link Patience#answer()}) the
 * same request goes to the next instance, round after round with a short pause, until one answers or
 * {@link Patience#total()} has passed: only then does the provider get a 502. Any answer an instance gives,
 * errors included, is passed on as it is.
 *
 * <p>Why rounds within a time budget rather than each instance once: the provider waits 15 s for an answer
 * and, with one gateway, would have connected to it with 5 s to spare. Giving up after one try per instance
 * refused answers the provider would have delivered: on a saturated box a live instance took more than a
 * second to connect, or had just closed the idle connection the request went out on, while the other was
 * stopped or starting again (docs/instances.md, "The provider's webhooks").
 *
 * <p>Sending a request again after an instance broke off is safe because every gateway endpoint the
 * provider calls is idempotent on the provider's own reference (MessageSid, CallSid): a retry of a webhook
 * that was handled is answered as before and publishes nothing new (docs/instances.md). It is what
 * Envoy's {@code retry_on: connect-failure,reset} with retries and a per-try timeout, or nginx's {@code
 * proxy_next_upstream error timeout non_idempotent}, do; without it, a webhook in flight when its instance
 * is killed would get a read error at the provider, which by default does not retry it.
 */
final class GatewayBalancer implements AutoCloseable {

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
    private final Patience patience;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final HttpClient http;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicLong failovers = new AtomicLong();

    /** One gateway instance: its name (as the stack's parts know it) and its base URL. */
    record Upstream(String name, String baseUrl) {}

    /**
     * How long the balancer keeps trying one request.
     *
     * @param connect how long one try may take to connect: the provider's own connect timeout
     * @param answer how long one try may wait for the status line once connected
     * @param total how long all tries of one request may take, inside the provider's 15 s
     * @param pause the pause after a round in which no instance answered
     */
    record Patience(Duration connect, Duration answer, Duration total, Duration pause) {

        /** As patient as the provider is with one gateway: 5 s to connect, an answer within its 15 s. */
        static final Patience PROVIDER = new Patience(
                Duration.ofSeconds(5), Duration.ofSeconds(12), Duration.ofSeconds(14), Duration.ofMillis(250));
    }

    private GatewayBalancer(List<Upstream> instances, Patience patience, HttpServer server) {
        this.instances = List.copyOf(instances);
        this.patience = patience;
        this.server = server;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(patience.connect())
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(threads)
                .build();
    }

    /** Listens on 127.0.0.1:{@code port} and forwards to {@code instances}, as patient as the provider. */
    static GatewayBalancer start(int port, List<Upstream> instances) {
        return start(port, instances, Patience.PROVIDER);
    }

    static GatewayBalancer start(int port, List<Upstream> instances, Patience patience) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 1024);
            GatewayBalancer balancer = new GatewayBalancer(instances, patience, server);
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
            long deadline = System.nanoTime() + patience.total().toNanos();
            int first = Math.floorMod(next.getAndIncrement(), instances.size());
            for (int tries = 0; ; tries++) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                Upstream upstream = instances.get((first + tries) % instances.size());
                HttpResponse<byte[]> answer = send(upstream, exchange, body, Duration.ofNanos(left));
                if (answer != null) {
                    reply(exchange, answer);
                    return;
                }
                failovers.incrementAndGet();
                boolean roundOver = (tries + 1) % instances.size() == 0;
                if (roundOver && !pause(deadline)) {
                    break;
                }
            }
            log.warn(
                    "No gateway instance answered {} {} within {}: 502",
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getPath(),
                    patience.total());
            byte[] problem = "No gateway instance answered".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
            exchange.sendResponseHeaders(502, problem.length);
            exchange.getResponseBody().write(problem);
        }
    }

    /**
     * The pause after a round in which no instance answered (each request has a virtual thread of its own),
     * or false when the time left is shorter than that.
     */
    private boolean pause(long deadline) {
        if (System.nanoTime() + patience.pause().toNanos() >= deadline) {
            return false;
        }
        try {
            Thread.sleep(patience.pause());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The instance's answer, or null when it gave none (not listening, broke off, silent too long). */
    private HttpResponse<byte[]> send(Upstream upstream, HttpExchange exchange, byte[] body, Duration left) {
        Duration timeout = left.compareTo(patience.answer()) < 0 ? left : patience.answer();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(upstream.baseUrl() + exchange.getRequestURI()))
                .timeout(timeout)
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
                    "{} gave no answer to {} {} ({}); trying again",
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
