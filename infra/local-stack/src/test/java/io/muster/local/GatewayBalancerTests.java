package io.muster.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The balancer in front of several gateways: a request goes to one instance; when that one gives no answer
 * (nobody listens, or it dies holding the request) the same request goes to the next, and whatever answer an
 * instance gives is passed on as it is.
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
    void whenNoInstanceAnswersTheProviderGetsA502() throws Exception {
        GatewayBalancer balancer = balancer(List.of(url(freePort()), url(freePort())));

        assertThat(post(balancer, "/webhooks/twilio/sms/inbound", "MessageSid=SM1")
                        .statusCode())
                .isEqualTo(502);
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
        List<GatewayBalancer.Upstream> upstreams = new ArrayList<>();
        for (int i = 0; i < urls.size(); i++) {
            upstreams.add(new GatewayBalancer.Upstream("gateway-" + (i + 1), urls.get(i)));
        }
        GatewayBalancer balancer = GatewayBalancer.start(freePort(), upstreams);
        open.add(balancer);
        return balancer;
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
        ServerSocket socket = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
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
