package io.muster.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** The loopback ports of one local stack. */
public record StackPorts(
        int postgres,
        int kafka,
        int kafkaController,
        int smtp,
        int imap,
        int simulator,
        int incidentService,
        int notifier,
        int gateway) {

    /** The documented fixed ports, so URLs in the README work. */
    public static StackPorts documented() {
        return new StackPorts(15432, 19092, 19093, 3025, 3143, 8090, 8080, 8081, 8082);
    }

    /** Free ports chosen by the kernel, for tests that run beside anything else. */
    public static StackPorts free() {
        return new StackPorts(
                freePort(),
                freePort(),
                freePort(),
                freePort(),
                freePort(),
                freePort(),
                freePort(),
                freePort(),
                freePort());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
