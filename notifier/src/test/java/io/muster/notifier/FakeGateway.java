package io.muster.notifier;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A tiny stand-in for the inbound gateway: records every request Twilio makes (TwiML fetches and
 * status callbacks) and answers TwiML fetches with a short {@code <Say>}.
 */
final class FakeGateway {

    private final HttpServer server;
    private final List<URI> requests = new CopyOnWriteArrayList<>();

    private FakeGateway(HttpServer server) {
        this.server = server;
    }

    static FakeGateway start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            FakeGateway gateway = new FakeGateway(server);
            server.createContext("/", exchange -> {
                gateway.requests.add(exchange.getRequestURI());
                byte[] twiml =
                        "<?xml version=\"1.0\"?><Response><Say>Alert</Say></Response>".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/xml");
                exchange.sendResponseHeaders(200, twiml.length);
                exchange.getResponseBody().write(twiml);
                exchange.close();
            });
            server.start();
            return gateway;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** Requests whose path is {@code path}, oldest first. */
    List<URI> requestsTo(String path) {
        return requests.stream().filter(uri -> uri.getPath().equals(path)).toList();
    }
}
