package io.muster.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pid files of the processes a stack started. A launcher that was killed cannot stop its
 * children, so the next start reads these files and stops what is still running.
 */
final class StaleProcesses {

    private static final Logger log = LoggerFactory.getLogger(StaleProcesses.class);
    private static final Duration GRACE = Duration.ofSeconds(15);

    private final Path directory;

    StaleProcesses(Path dataDirectory) {
        this.directory = dataDirectory.resolve("run");
    }

    void remember(String name, Process process) {
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve(name + ".pid"), Long.toString(process.pid()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void forget(String name) {
        try {
            Files.deleteIfExists(directory.resolve(name + ".pid"));
        } catch (IOException e) {
            log.warn("Could not delete the pid file of {}: {}", name, e.getMessage());
        }
    }

    /** Stops every process left behind by an earlier launcher; the java check guards against a reused pid. */
    void stopLeftovers() {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (var files = Files.list(directory)) {
            // Services first, then the broker they use: a service does not flood its log with a dead broker.
            files.filter(f -> f.toString().endsWith(".pid"))
                    .sorted(Comparator.comparing(
                            (Path f) -> f.getFileName().toString().startsWith("kafka")))
                    .forEach(this::stopLeftover);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void stopLeftover(Path pidFile) {
        String name = pidFile.getFileName().toString().replace(".pid", "");
        readPid(pidFile)
                .flatMap(ProcessHandle::of)
                .filter(p -> p.info().command().map(c -> c.contains("java")).orElse(false))
                .ifPresent(p -> {
                    log.warn("Stopping {} (pid {}) left running by an earlier launcher", name, p.pid());
                    stop(p);
                });
        forget(name);
    }

    static void stop(ProcessHandle process) {
        process.destroy();
        CompletableFuture<ProcessHandle> exit = process.onExit();
        try {
            exit.get(GRACE.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
        }
    }

    static Optional<Long> readPid(Path pidFile) {
        try {
            String first =
                    Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
            return first.matches("\\d+") ? Optional.of(Long.parseLong(first)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
