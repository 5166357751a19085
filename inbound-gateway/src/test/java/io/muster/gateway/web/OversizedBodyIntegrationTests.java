package io.muster.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.gateway.GatewayIntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A body refused for its size is left unread on the wire, so the answer closes the connection: kept open, the
 * client's next request on it would wait behind the rest of the refused body (the hostile-input suite hung so).
 */
class OversizedBodyIntegrationTests extends GatewayIntegrationTest {

    @ParameterizedTest
    @ValueSource(strings = {"/webhooks/twilio/sms/inbound", "/webhooks/twilio/voice/status", "/api/inbound/1/attach"})
    void aDeclaredBodyOverTheLimitIsRefusedAndTheConnectionClosed(String path) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", PORT)) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream()
                    .write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100000\r\n\r\n"
                                    + "Body=" + "x".repeat(1000))
                            .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();

            String answer = readToEnd(socket.getInputStream());

            assertThat(answer).startsWith("HTTP/1.1 413").containsIgnoringCase("connection: close");
        }
    }

    /** Everything until the server closes the connection (a read timeout fails the test). */
    private static String readToEnd(InputStream in) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toString(StandardCharsets.US_ASCII);
    }
}
