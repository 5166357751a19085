package io.muster.testkit;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A real KRaft broker (combined broker and controller) in this JVM, on fixed ports and a log
 * directory of its own, so it can be stopped and started again like a restarted broker: same
 * address, same topics, same committed offsets. Spring's embedded broker cannot come back on its
 * old port, which outage tests need (clients keep their bootstrap address).
 */
final class KraftBroker implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final Path logDirectory;
    private final int port;
    private final int controllerPort;
    private final Map<String, String> overrides;
    private KafkaRaftServer server;

    private KraftBroker(Path logDirectory, int port, int controllerPort, Map<String, String> overrides) {
        this.logDirectory = logDirectory;
        this.port = port;
        this.controllerPort = controllerPort;
        this.overrides = overrides;
    }

    /** Formats a fresh log directory and starts the broker on two free ports. */
    static KraftBroker start(Map<String, String> overrides) {
        // A broker that hits a fatal error must not take the test JVM with it.
        Exit.setExitProcedure((status, message) -> {});
        Exit.setHaltProcedure((status, message) -> {});
        try {
            KraftBroker broker = new KraftBroker(
                    Files.createTempDirectory("muster-kafka"), freePort(), freePort(), Map.copyOf(overrides));
            broker.format();
            broker.startServer();
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException("Kafka log directory", e);
        }
    }

    String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** Stops the broker as a clean shutdown would; clients see connection refused until {@link #startServer}. */
    synchronized void stopServer() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
    }

    /** Starts the broker on its ports and log directory, and returns once it answers. */
    synchronized void startServer() {
        if (server != null) {
            return;
        }
        server = new KafkaRaftServer(new KafkaConfig(config()), Time.SYSTEM);
        server.startup();
        awaitReady();
    }

    @Override
    public void close() {
        stopServer();
        TestFiles.deleteRecursively(logDirectory);
    }

    private void format() {
        try {
            new Formatter()
                    .setPrintStream(new PrintStream(PrintStream.nullOutputStream()))
                    .setNodeId(1)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setDirectories(List.of(logDirectory.toString()))
                    .setMetadataLogDirectory(logDirectory.toString())
                    .setControllerListenerName("CONTROLLER")
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("Kafka storage could not be formatted", e);
        }
    }

    private Properties config() {
        Properties config = new Properties();
        config.put("process.roles", "broker,controller");
        config.put("node.id", "1");
        config.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        config.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        config.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        config.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        config.put("controller.listener.names", "CONTROLLER");
        config.put("inter.broker.listener.name", "PLAINTEXT");
        config.put("log.dirs", logDirectory.toString());
        config.put("offsets.topic.replication.factor", "1");
        config.put("offsets.topic.num.partitions", "10");
        config.put("transaction.state.log.replication.factor", "1");
        config.put("transaction.state.log.min.isr", "1");
        config.put("share.coordinator.state.topic.replication.factor", "1");
        config.put("share.coordinator.state.topic.min.isr", "1");
        config.put("delete.topic.enable", "true");
        config.putAll(overrides);
        return config;
    }

    private void awaitReady() {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                (int) READY_TIMEOUT.toMillis()))) {
            admin.describeCluster().nodes().get(READY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Kafka did not come up on " + bootstrapServers(), e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        }
    }
}
