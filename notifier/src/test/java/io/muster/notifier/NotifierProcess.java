package io.muster.notifier;

import static org.awaitility.Awaitility.await;

import io.muster.testkit.TestServers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The notifier as a JVM of its own, pointed at the shared test servers, so a test can kill it. */
final class NotifierProcess implements AutoCloseable {

    private final Process process;
    private final Path log;

    private NotifierProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts the notifier with the test servers' settings plus {@code settings}; waits until it runs. */
    static NotifierProcess start(Map<String, String> settings) {
        try {
            Path log = Files.createTempFile("notifier-process", ".log");
            List<String> command = new ArrayList<>(List.of(
                    ProcessHandle.current().info().command().orElse("java"),
                    "-cp",
                    System.getProperty("java.class.path"),
                    "io.muster.notifier.NotifierApplication"));
            TestServers.shared().springProperties().forEach((name, value) -> command.add("--" + name + "=" + value));
            settings.forEach((name, value) -> command.add("--" + name + "=" + value));
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            NotifierProcess notifier = new NotifierProcess(process, log);
            try {
                await().atMost(Duration.ofSeconds(90)).until(() -> notifier.logged("Started NotifierApplication"));
            } catch (RuntimeException notStarted) {
                process.destroyForcibly();
                throw notStarted;
            }
            return notifier;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean logged(String text) throws IOException {
        if (!process.isAlive()) {
            throw new IllegalStateException("notifier process ended:\n" + Files.readString(log));
        }
        return Files.readString(log).contains(text);
    }

    /** Lines of the process's log that contain {@code text}. */
    long linesWith(String text) throws IOException {
        try (var lines = Files.lines(log)) {
            return lines.filter(line -> line.contains(text)).count();
        }
    }

    /** Like a power cut: no shutdown hooks, calls in flight are cut off. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            kill();
        }
    }
}
