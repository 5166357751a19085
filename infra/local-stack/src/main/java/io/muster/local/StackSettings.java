package io.muster.local;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * What one local stack needs: where it keeps data, its ports (and so how many instances of each service
 * run), the service jars, the credentials it generated on first start, and the JVM options the services
 * run with beside the stack's own (none: the JVM's defaults). Instances are numbered from 1.
 */
public record StackSettings(
        Path dataDirectory, StackPorts ports, ServiceJars jars, LocalSecrets secrets, List<String> serviceJvmOptions) {

    public StackSettings {
        serviceJvmOptions = List.copyOf(serviceJvmOptions);
    }

    /** The services on the JVM's defaults. */
    public StackSettings(Path dataDirectory, StackPorts ports, ServiceJars jars, LocalSecrets secrets) {
        this(dataDirectory, ports, jars, secrets, List.of());
    }

    public Path logs() {
        return dataDirectory.resolve("logs");
    }

    public int instances() {
        return ports.instances();
    }

    /** The first incident-service: the console, the API and the public status page of the banner. */
    public String incidentServiceUrl() {
        return incidentServiceUrl(1);
    }

    public String incidentServiceUrl(int instance) {
        return local(ports.incidentServices().get(instance - 1));
    }

    /** The gateway's public entry (the one gateway, or the balancer in front of several): what the provider calls. */
    public String gatewayUrl() {
        return local(ports.gateway());
    }

    /** One gateway instance itself, behind the public entry when there are several. */
    public String gatewayUrl(int instance) {
        return local(ports.gateways().get(instance - 1));
    }

    public String notifierUrl() {
        return notifierUrl(1);
    }

    public String notifierUrl(int instance) {
        return local(ports.notifiers().get(instance - 1));
    }

    /** Every instance of every service, each by its own port. */
    public List<String> serviceUrls() {
        return IntStream.rangeClosed(1, instances())
                .boxed()
                .flatMap(i -> Stream.of(incidentServiceUrl(i), notifierUrl(i), gatewayUrl(i)))
                .toList();
    }

    private static String local(int port) {
        return "http://127.0.0.1:" + port;
    }

    public String simulatorUrl() {
        return "http://127.0.0.1:" + ports.simulator();
    }

    public String kafkaBootstrap() {
        return "127.0.0.1:" + ports.kafka();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + ports.postgres() + "/" + PostgresServer.DATABASE;
    }

    public String r2dbcUrl() {
        return "r2dbc:postgresql://127.0.0.1:" + ports.postgres() + "/" + PostgresServer.DATABASE;
    }
}
