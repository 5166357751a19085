package io.muster.notifier;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An SMTP relay that takes a whole message and then never gives its verdict on it: the client times
 * out after the final "." and cannot know whether the message went out.
 */
final class SilentSmtpRelay implements AutoCloseable {

    private final ServerSocket socket;
    private final AtomicInteger messages = new AtomicInteger();

    private SilentSmtpRelay(ServerSocket socket) {
        this.socket = socket;
    }

    static SilentSmtpRelay start() {
        try {
            SilentSmtpRelay relay = new SilentSmtpRelay(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
            Thread.ofVirtual().start(relay::accept);
            return relay;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return socket.getLocalPort();
    }

    /** Messages received up to their final "." (none of them answered). */
    int messagesTaken() {
        return messages.get();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Thread.ofVirtual().start(() -> converse(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void converse(Socket client) {
        try (client;
                var in =
                        new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII))) {
            OutputStream out = client.getOutputStream();
            reply(out, "220 silent.local ESMTP");
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String command = line.length() < 4 ? line : line.substring(0, 4).toUpperCase(Locale.ROOT);
                if (command.equals("DATA")) {
                    reply(out, "354 end with <CRLF>.<CRLF>");
                    skipToTheFinalDot(in);
                    messages.incrementAndGet();
                    continue; // and never answer: the client's read times out
                }
                reply(out, command.equals("QUIT") ? "221 bye" : "250 ok");
            }
        } catch (IOException gone) {
            // the client gave up: that is the point
        }
    }

    private static void skipToTheFinalDot(BufferedReader in) throws IOException {
        for (String line = in.readLine(); line != null && !line.equals("."); line = in.readLine()) {
            // the message itself does not matter here
        }
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
