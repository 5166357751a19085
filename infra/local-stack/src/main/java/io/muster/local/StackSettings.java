package io.muster.local;

import java.nio.file.Path;

/**
 * What one local stack needs: where it keeps data, its ports, the service jars, and the
 * credentials it generated on first start.
 */
public record StackSettings(Path dataDirectory, StackPorts ports, ServiceJars jars, LocalSecrets secrets) {

    public Path logs() {
        return dataDirectory.resolve("logs");
    }

    public String incidentServiceUrl() {
        return "http://127.0.0.1:" + ports.incidentService();
    }

    public String gatewayUrl() {
        return "http://127.0.0.1:" + ports.gateway();
    }

    public String notifierUrl() {
        return "http://127.0.0.1:" + ports.notifier();
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
