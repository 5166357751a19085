package io.muster.incident.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.incident.IncidentServiceIntegrationTest;
import java.io.ByteArrayOutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A request refused before its body was read (no login, bad characters) is answered with the connection
 * closed: kept open, the unread rest of the body would stand on the wire before the client's next request.
 */
@IncidentServiceIntegrationTest
class RefusedBodiesIntegrationTests {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"/api/incidents", "/api/people/import"})
    void aBodyRefusedForWantOfALoginClosesTheConnection(String path) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream()
                    .write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                    + "Content-Type: application/json\r\nContent-Length: 5000\r\n\r\n"
                                    + "{\"title\":\"" + "x".repeat(100))
                            .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();

            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(answer); // until the server closes; a read timeout fails the test

            assertThat(answer.toString(StandardCharsets.US_ASCII))
                    .startsWith("HTTP/1.1 401")
                    .containsIgnoringCase("connection: close");
        }
    }
}
