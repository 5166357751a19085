package io.muster.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The loopback ports of one local stack. Each service has one port per instance; {@code gateway} is the
 * gateway's public entry, where the provider's webhooks and the answer links go: the one gateway itself, or,
 * with several instances, the balancer in front of them ({@link GatewayBalancer}).
 */
public record StackPorts(
        int postgres,
        int kafka,
        int kafkaController,
        int smtp,
        int imap,
        int simulator,
        List<Integer> incidentServices,
        List<Integer> notifiers,
        List<Integer> gateways,
        int gateway) {

    public StackPorts {
        incidentServices = List.copyOf(incidentServices);
        notifiers = List.copyOf(notifiers);
        gateways = List.copyOf(gateways);
        if (incidentServices.isEmpty()
                || incidentServices.size() != notifiers.size()
                || notifiers.size() != gateways.size()) {
            throw new IllegalArgumentException("One port per instance of each service, at least one instance");
        }
    }

    /** One instance of each service on the documented fixed ports, so URLs in the README work. */
    public static StackPorts documented() {
        return documented(1);
    }

    /**
     * The documented fixed ports: the first instance of the incident-service and the notifier on 8080 and
     * 8081, the next ones 100 higher (8180, 8181, ...); the gateway's public entry stays 8082, and with
     * several instances the gateways themselves listen on 8182, 8282, ...
     */
    public static StackPorts documented(int instances) {
        List<Integer> gateways = instances == 1 ? List.of(8082) : offsets(8182, instances);
        return new StackPorts(
                15432,
                19092,
                19093,
                3025,
                3143,
                8090,
                offsets(8080, instances),
                offsets(8081, instances),
                gateways,
                8082);
    }

    /** One instance of each service on free ports. */
    public static StackPorts free() {
        return free(1);
    }

    /**
     * Free ports chosen by the kernel, for tests that run beside anything else. All probe sockets
     * stay open until every port is chosen, so the kernel cannot hand out the same port twice.
     */
    public static StackPorts free(int instances) {
        int count = 6 + 3 * instances + (instances > 1 ? 1 : 0);
        List<ServerSocket> probes = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                probes.add(new ServerSocket(0));
            }
            int[] p = probes.stream().mapToInt(ServerSocket::getLocalPort).toArray();
            List<Integer> gateways = slice(p, 6 + 2 * instances, instances);
            return new StackPorts(
                    p[0],
                    p[1],
                    p[2],
                    p[3],
                    p[4],
                    p[5],
                    slice(p, 6, instances),
                    slice(p, 6 + instances, instances),
                    gateways,
                    instances == 1 ? gateways.getFirst() : p[count - 1]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            probes.forEach(StackPorts::closeQuietly);
        }
    }

    /** How many instances of each service run. */
    public int instances() {
        return incidentServices.size();
    }

    /** The first incident-service's port: where the console and the demo's links point. */
    public int incidentService() {
        return incidentServices.getFirst();
    }

    public int notifier() {
        return notifiers.getFirst();
    }

    private static List<Integer> offsets(int first, int instances) {
        return IntStream.range(0, instances).mapToObj(i -> first + 100 * i).toList();
    }

    private static List<Integer> slice(int[] ports, int from, int length) {
        return IntStream.range(from, from + length).mapToObj(i -> ports[i]).toList();
    }

    private static void closeQuietly(ServerSocket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // a probe socket that cannot close is gone with this JVM anyway
        }
    }
}
