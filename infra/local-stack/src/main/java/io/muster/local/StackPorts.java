package io.muster.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

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

    /**
     * Free ports chosen by the kernel, for tests that run beside anything else. All probe sockets
     * stay open until every port is chosen, so the kernel cannot hand out the same port twice.
     */
    public static StackPorts free() {
        List<ServerSocket> probes = new ArrayList<>();
        try {
            for (int i = 0; i < 9; i++) {
                probes.add(new ServerSocket(0));
            }
            int[] p = probes.stream().mapToInt(ServerSocket::getLocalPort).toArray();
            return new StackPorts(p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            probes.forEach(StackPorts::closeQuietly);
        }
    }

    private static void closeQuietly(ServerSocket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // a probe socket that cannot close is gone with this JVM anyway
        }
    }
}
