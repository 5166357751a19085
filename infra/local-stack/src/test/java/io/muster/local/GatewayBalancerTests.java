package io.muster.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The balancer in front of several gateways: a request goes to one instance; when that one gives no answer
 * (nobody listens, or it dies holding the request) the same request goes to the next, round after round until
 * one answers or the provider's patience is spent, and whatever answer an instance gives is passed on as it is.
 */
class GatewayBalancerTests {

    private final HttpClient client = HttpClient.newHttpClient();
    private final List<AutoCloseable> open = new ArrayList<>();
    private final List<String> received = new CopyOnWriteArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable closeable : open) {
            closeable.close();
        }
    }

    @Test
    void aRequestGoesToTheNextInstanceWhenOneIsNotListening() throws Exception {
        int down = freePort();
        String up = gateway("b", 200, "<Response/>");
        GatewayBalancer balancer = balancer(List.of(url(down), up));

        for (int i = 0; i < 4; i++) {
            HttpResponse<String> answer = post(balancer, "/webhooks/twilio/sms/inbound", "Body=1&MessageSid=SM" + i);
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).isEqualTo("<Response/>");
        }
        assertThat(received)
                .containsExactly(
                        "b Body=1&MessageSid=SM0",
                        "b Body=1&MessageSid=SM1",
                        "b Body=1&MessageSid=SM2",
                        "b Body=1&MessageSid=SM3");
        assertThat(balancer.failovers()).isPositive();
    }

    @Test
    void aRequestHeldByAnInstanceThatDiesIsSentToTheNextOne() throws Exception {
        String dying = dyingGateway();
        String up = gateway("b", 200, "taken");
        GatewayBalancer balancer = balancer(List.of(dying, up));

        HttpResponse<String> first = post(balancer, "/webhooks/twilio/sms/inbound", "MessageSid=SM1");
        HttpResponse<String> second = post(balancer, "/webhooks/twilio/sms/inbound", "MessageSid=SM2");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(received).containsExactlyInAnyOrder("b MessageSid=SM1", "b MessageSid=SM2");
    }

    @Test
    void anInstancesOwnAnswerIsPassedOnEvenWhenItIsAnError() throws Exception {
        GatewayBalancer balancer = balancer(List.of(gateway("a", 403, "forbidden"), gateway("b", 403, "forbidden")));

        HttpResponse<String> answer = post(balancer, "/webhooks/twilio/status", "MessageSid=SM1");

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).isEqualTo("forbidden");
        assertThat(received).hasSize(1);
        assertThat(balancer.failovers()).isZero();
    }

    @Test
    void whenNoInstanceAnswersWithinTheBudgetTheProviderGetsA502() throws Exception {
        GatewayBalancer balancer = balancer(
                List.of(url(freePort()), url(freePort())),
                new GatewayBalancer.Patience(
                        Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofMillis(100)));

        assertThat(post(balancer, "/webhooks/twilio/sms/inbound", "MessageSid=SM1")
                        .statusCode())
                .isEqualTo(502);
        assertThat(balancer.failovers()).as("rounds tried before giving up").isGreaterThan(2);
    }

    /**
     * What refused answers in the two-instance fault runs: one gateway stopped (or starting again) and the other
     * on a saturated box, slower than a second to take the connection. The provider would have waited 5 s to
     * connect to a single gateway; the balancer must not give up sooner.
     */
    @Test
    void anInstanceSlowToTakeTheConnectionIsWaitedForWhileTheOtherIsDown() throws Exception {
        SlowToAccept slow = slowToAccept();
        GatewayBalancer balancer = balancer(List.of(url(freePort()), url(slow.port())));
        Thread.ofVirtual().start(() -> slow.acceptAfter(Duration.ofMillis(1500)));

        HttpResponse<String> answer = post(balancer, "/webhooks/twilio/sms/inbound", "Body=1&MessageSid=SM1");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("taken");
    }

    /**
     * One gateway stopped gracefully while the other is still starting again: for a moment nobody listens. The
     * provider sees a connection to the balancer, so it will not retry; the balancer tries again within its
     * budget.
     */
    @Test
    void aMomentWithNoInstanceListeningIsWaitedOut() throws Exception {
        int starting = freePort();
        GatewayBalancer balancer = balancer(List.of(url(freePort()), url(starting)));
        Thread.ofVirtual().start(() -> startLater(starting, Duration.ofSeconds(1)));

        HttpResponse<String> answer = post(balancer, "/webhooks/twilio/sms/inbound", "Body=1&MessageSid=SM1");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(received).containsExactly("late Body=1&MessageSid=SM1");
    }

    @Test
    void requestsAreSharedOutAmongTheInstances() throws Exception {
        GatewayBalancer balancer = balancer(List.of(gateway("a", 200, "ok"), gateway("b", 200, "ok")));

        for (int i = 0; i < 4; i++) {
            post(balancer, "/answer/x", "n=" + i);
        }

        assertThat(received).filteredOn(r -> r.startsWith("a ")).hasSize(2);
        assertThat(received).filteredOn(r -> r.startsWith("b ")).hasSize(2);
    }

    private GatewayBalancer balancer(List<String> urls) throws IOException {
        return balancer(urls, GatewayBalancer.Patience.PROVIDER);
    }

    private GatewayBalancer balancer(List<String> urls, GatewayBalancer.Patience patience) throws IOException {
        List<GatewayBalancer.Upstream> upstreams = new ArrayList<>();
        for (int i = 0; i < urls.size(); i++) {
            upstreams.add(new GatewayBalancer.Upstream("gateway-" + (i + 1), urls.get(i)));
        }
        GatewayBalancer balancer = GatewayBalancer.start(freePort(), upstreams, patience);
        open.add(balancer);
        return balancer;
    }

    /** A gateway that starts listening on {@code port} after {@code delay}, answering 200 to what it gets. */
    private void startLater(int port, Duration delay) {
        try {
            Thread.sleep(delay); // the instance's start, on a thread of its own: nothing to wait for but time
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            server.createContext("/", exchange -> {
                try (exchange) {
                    received.add(
                            "late " + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                    exchange.sendResponseHeaders(200, -1);
                }
            });
            server.start();
            open.add(() -> server.stop(0));
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A gateway whose accept queue is full, as on a box too busy to accept: the kernel drops new connection
     * attempts (the client's SYN is sent again after a second, then three) until it accepts again.
     */
    private SlowToAccept slowToAccept() throws IOException {
        ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        open.add(socket);
        for (int i = 0; i < 2; i++) { // a backlog of 1 queues two connections; the third waits
            Socket queued = new Socket(InetAddress.getLoopbackAddress(), socket.getLocalPort());
            open.add(queued);
        }
        return new SlowToAccept(socket);
    }

    /** Accepts (after a while) and answers each HTTP request with 200 "taken"; connections that send nothing wait. */
    private record SlowToAccept(ServerSocket socket) {

        int port() {
            return socket.getLocalPort();
        }

        void acceptAfter(Duration delay) {
            try {
                Thread.sleep(delay); // the busy box catching up: nothing to wait for but time
                while (!socket.isClosed()) {
                    Socket connection = socket.accept();
                    Thread.ofVirtual().start(() -> answer(connection));
                }
            } catch (IOException | InterruptedException e) {
                // closed by the test
            }
        }

        private static void answer(Socket connection) {
            try (connection) {
                InputStream in = connection.getInputStream();
                String head = readHead(in);
                int length = head.lines()
                        .filter(line -> line.toLowerCase(Locale.ROOT).startsWith("content-length:"))
                        .mapToInt(line -> Integer.parseInt(
                                line.substring(line.indexOf(':') + 1).trim()))
                        .findFirst()
                        .orElse(0);
                in.readNBytes(length);
                connection
                        .getOutputStream()
                        .write("HTTP/1.1 200 OK\r\nContent-Length: 5\r\nConnection: close\r\n\r\ntaken"
                                .getBytes(StandardCharsets.US_ASCII));
            } catch (IOException e) {
                // a queued connection that never sent a request, closed by the test
            }
        }

        private static String readHead(InputStream in) throws IOException {
            StringBuilder head = new StringBuilder();
            int c;
            while ((c = in.read()) != -1) {
                head.append((char) c);
                if (head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) {
                    break;
                }
            }
            return head.toString();
        }
    }

    /** A gateway that answers every request with {@code status} and {@code body}, noting what it got. */
    private String gateway(String name, int status, String body) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                received.add(name + " " + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(status, bytes.length);
                exchange.getResponseBody().write(bytes);
            }
        });
        server.start();
        open.add(() -> server.stop(0));
        return url(server.getAddress().getPort());
    }

    /** An instance that takes each request and closes the connection without answering, as a killed one does. */
    private String dyingGateway() throws IOException {
        ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        open.add(socket);
        Thread.ofVirtual().start(() -> {
            while (!socket.isClosed()) {
                try (Socket connection = socket.accept()) {
                    InputStream in = connection.getInputStream();
                    in.read(new byte[8192]);
                    connection.setSoLinger(true, 0);
                } catch (IOException e) {
                    return;
                }
            }
        });
        return url(socket.getLocalPort());
    }

    private HttpResponse<String> post(GatewayBalancer balancer, String path, String form) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + balancer.port() + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String url(int port) {
        return "http://127.0.0.1:" + port;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
