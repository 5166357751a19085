package io.muster.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * A real single-node KRaft broker (broker and controller) in a child JVM, its log kept in the
 * data directory so topics and offsets survive restarts (and a kill: the broker recovers its log).
 */
final class KafkaBroker implements StackPart {

    static final String NAME = "kafka";

    // Generous, like the services': on a shared 2-core box under load the broker has needed over a minute.
    private static final Duration STARTUP = Duration.ofMinutes(3);

    private final ChildProcess process;
    private final String bootstrap;

    private KafkaBroker(ChildProcess process, String bootstrap) {
        this.process = process;
        this.bootstrap = bootstrap;
    }

    /** The broker of these settings, its storage formatted on first use; not started yet. */
    static KafkaBroker of(StackSettings settings, StaleProcesses pids) {
        Path directory = settings.dataDirectory().resolve("kafka");
        Path config = writeConfig(directory, settings.ports());
        if (!Files.isRegularFile(directory.resolve("log").resolve("meta.properties"))) {
            format(config, settings);
        }
        ChildProcess broker = new ChildProcess(
                NAME, javaCommand("-Xmx512m", "kafka.Kafka", config.toString()), settings.logs(), pids);
        return new KafkaBroker(broker, settings.kafkaBootstrap());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void launch() {
        process.start();
    }

    @Override
    public boolean running() {
        return process.running();
    }

    @Override
    public void kill() {
        process.kill();
    }

    @Override
    public void stop() {
        process.stop();
    }

    private static Path writeConfig(Path directory, StackPorts ports) {
        String properties = String.join(
                "\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + ports.kafkaController(),
                "listeners=PLAINTEXT://127.0.0.1:" + ports.kafka() + ",CONTROLLER://127.0.0.1:"
                        + ports.kafkaController(),
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + ports.kafka(),
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + directory.resolve("log"),
                "num.partitions=4",
                "auto.create.topics.enable=true",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "");
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve("server.properties");
            Files.writeString(file, properties);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void format(Path config, StackSettings settings) {
        String clusterId = UUID.randomUUID().toString().replace("-", "").substring(0, 22);
        List<String> command =
                javaCommand("-Xmx256m", "kafka.tools.StorageTool", "format", "-t", clusterId, "-c", config.toString());
        ChildProcess.runToCompletion("kafka-format", command, settings.logs(), Duration.ofMinutes(1));
    }

    private static List<String> javaCommand(String heap, String mainClass, String... args) {
        List<String> command = new java.util.ArrayList<>(
                List.of(ChildProcess.java(), heap, "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        return command;
    }

    @Override
    public void awaitReady() {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        while (System.nanoTime() < deadline) {
            process.failIfExited();
            try (Admin admin = Admin.create(config)) {
                admin.describeCluster().nodes().get();
                return;
            } catch (Exception notYet) {
                // the broker is still starting; the Admin call itself waited up to its timeout
            }
        }
        throw new IllegalStateException("Kafka did not start within " + STARTUP + "; see " + process.logFile());
    }
}
