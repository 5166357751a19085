package io.muster.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.muster.gateway.GatewayIntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A client that sends half a request and then nothing is cut off within the server's timeouts (a body: the read
 * timeout; a request line or headers: the idle timeout) instead of holding its connection for minutes; a body
 * the client abandons is one line in the log, never an ERROR with a stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class SlowClientsIntegrationTests extends GatewayIntegrationTest {

    private static final Duration CUT_OFF_WITHIN = Duration.ofSeconds(25);

    @Test
    void halfARequestIsCutOffWhetherItStopsInTheHeadersOrInTheBody() throws Exception {
        CompletableFuture<Duration> inBody = CompletableFuture.supplyAsync(
                () -> openFor(
                        "POST /webhooks/twilio/sms/status HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\nMessageSid=SM"));
        CompletableFuture<Duration> inHeaders = CompletableFuture.supplyAsync(
                () -> openFor("POST /webhooks/twilio/sms/status HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Ty"));

        assertThat(inBody.get()).isLessThan(CUT_OFF_WITHIN);
        assertThat(inHeaders.get()).isLessThan(CUT_OFF_WITHIN);
    }

    @Test
    void aBodyTheClientAbandonsIsOneLineWithoutAStackTrace(CapturedOutput output) throws Exception {
        String marker = UUID.randomUUID().toString();
        String path = "/webhooks/twilio/voice/status";
        try (Socket socket = new Socket("127.0.0.1", PORT)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + "?notificationId=" + marker + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                            + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 5000\r\n\r\n"
                            + "CallSid=CA" + "1".repeat(200))
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread.yield();
        }

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(output.getOut()).contains("abandoned by the client"));
        String logged = output.getOut() + output.getErr();
        assertThat(logged.lines().filter(line -> line.contains(" ERROR ")).filter(line -> line.contains(path)))
                .isEmpty();
        assertThat(logged).doesNotContain("at reactor.netty.channel.FluxReceive", "AbortedException: Connection");
    }

    /** How long the server keeps a connection open after {@code request} and silence (at most 40 s). */
    private static Duration openFor(String request) {
        long started = System.nanoTime();
        try (Socket socket = new Socket("127.0.0.1", PORT)) {
            socket.setSoTimeout(40_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            while (in.read() != -1) {
                // a problem answer, if any, then the close
            }
        } catch (SocketTimeoutException e) {
            return Duration.ofSeconds(40);
        } catch (IOException e) {
            // reset by the server: cut off
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
