package io.muster.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.gateway.GatewayIntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.RepeatedTest;

/**
 * A webhook refused as too large while the provider is still sending it must still get its 413: the gateway
 * answers, half-closes and discards the rest of the body before it closes (LingeringClose). A plain close with
 * the rest unread makes the kernel reset the connection, and the reset can destroy the answer on its way (the
 * chunked oversize test saw "connection prematurely closed before response" in a full run).
 */
class LingeringCloseIntegrationTests extends GatewayIntegrationTest {

    private static final String INBOUND = "/webhooks/twilio/sms/inbound";
    private static final int REST = 512 * 1024; // far past the 64 KB limit, within what the gateway discards

    @RepeatedTest(5)
    void aChunkedBodyThatGrowsPastTheLimitGetsItsAnswerWhileTheRestIsStillComing() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", PORT)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + INBOUND + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                            + "Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = ("Body=" + "1".repeat(16 * 1024 - 5)).getBytes(StandardCharsets.US_ASCII);
            for (int sent = 0; sent < REST; sent += chunk.length) {
                out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(chunk);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();

            String answer = readToEnd(socket);

            assertThat(answer)
                    .startsWith("HTTP/1.1 413")
                    .containsIgnoringCase("connection: close")
                    .contains("urn:muster:problem:payload-too-large");
        }
    }

    @RepeatedTest(5)
    void aDeclaredBodyOverTheLimitSentInFullGetsItsAnswer() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", PORT)) {
            socket.setSoTimeout(20_000);
            byte[] body = ("Body=" + "1".repeat(REST)).getBytes(StandardCharsets.US_ASCII);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + INBOUND + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                            + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length
                            + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();

            String answer = readToEnd(socket);

            assertThat(answer)
                    .startsWith("HTTP/1.1 413")
                    .containsIgnoringCase("connection: close")
                    .contains("urn:muster:problem:payload-too-large");
        }
    }

    /** Everything until the server closes its side (a reset or a read timeout fails the test). */
    private static String readToEnd(Socket socket) throws Exception {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        socket.getInputStream().transferTo(answer);
        return answer.toString(StandardCharsets.US_ASCII);
    }
}
