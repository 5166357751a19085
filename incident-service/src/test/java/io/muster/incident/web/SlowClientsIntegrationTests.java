package io.muster.incident.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.incident.IncidentServiceIntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * A client that sends half a request and stops holds no connection for long: the server closes it
 * after the idle (headers) or read (body) timeout. Its own context: the timeouts are short here.
 */
@IncidentServiceIntegrationTest
@TestPropertySource(properties = {"muster.http.timeouts.idle=2s", "muster.http.timeouts.read=2s"})
class SlowClientsIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @LocalServerPort
    int port;

    @Test
    void aRequestWhoseHeadersNeverEndIsClosed() throws IOException {
        assertThat(closedAfterSending("GET /status HTTP/1.1\r\nHost: localhost\r\nX-Slow: "))
                .isLessThan(PATIENCE);
    }

    @Test
    void aRequestWhoseBodyStopsHalfWayIsClosed() throws IOException {
        assertThat(closedAfterSending("POST /status/subscribe HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"email\":"))
                .isLessThan(PATIENCE);
    }

    /** How long the server kept the connection after the bytes; PATIENCE when it never closed it. */
    private Duration closedAfterSending(String partial) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout((int) PATIENCE.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(partial.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            long started = System.nanoTime();
            InputStream in = socket.getInputStream();
            try {
                while (in.read() != -1) {
                    // a 408 or any answer before the close is fine: only the close matters
                }
            } catch (SocketTimeoutException e) {
                return PATIENCE;
            } catch (IOException reset) {
                // closed by a reset: closed all the same
            }
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            System.out.println(
                    "Half a request (" + partial.length() + " bytes) was closed after " + took.toMillis() + " ms");
            return took;
        }
    }
}
