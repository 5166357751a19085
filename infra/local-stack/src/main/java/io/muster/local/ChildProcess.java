package io.muster.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A process the stack runs, by one fixed command: started (again) with that command, its output appended
 * to one log file, its pid remembered for a launcher that may itself be killed.
 */
final class ChildProcess {

    private static final Duration KILLED = Duration.ofSeconds(30);

    private final String name;
    private final List<String> command;
    private final Path logFile;
    private final StaleProcesses pids;
    private volatile Process process;

    ChildProcess(String name, List<String> command, Path logs, StaleProcesses pids) {
        this.name = name;
        this.command = List.copyOf(command);
        this.logFile = logs.resolve(name + ".log");
        this.pids = pids;
    }

    /** Starts the command (again, after a stop or a kill); its output goes on in the same log. */
    void start() {
        if (running()) {
            throw new IllegalStateException(name + " is already running (pid " + process.pid() + ")");
        }
        try {
            Files.createDirectories(logFile.getParent());
            Files.writeString(
                    logFile,
                    "%n=== %s: starting %s%n".formatted(Instant.now(), name),
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
            pids.remember(name, process);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name, e);
        }
    }

    static void runToCompletion(String name, List<String> command, Path logs, Duration timeout) {
        Path logFile = logs.resolve(name + ".log");
        try {
            Files.createDirectories(logs);
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException(name + " failed; see " + logFile);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + name, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + name, e);
        }
    }

    /** The java binary running this launcher: a JDK 21+ that the services can use as well. */
    static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    Path logFile() {
        return logFile;
    }

    boolean running() {
        Process current = process;
        return current != null && current.isAlive();
    }

    void failIfExited() {
        Process current = process;
        if (current == null || !current.isAlive()) {
            throw new IllegalStateException(name + " exited"
                    + (current == null ? "" : " with code " + current.exitValue()) + "; see " + logFile);
        }
    }

    /** SIGKILL, as a crash: no shutdown hook runs, nothing is flushed. */
    void kill() {
        Process current = process;
        if (current != null) {
            current.destroyForcibly();
            try {
                if (!current.waitFor(KILLED.toMillis(), TimeUnit.MILLISECONDS)) {
                    throw new IllegalStateException(name + " (pid " + current.pid() + ") survived kill -9");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while killing " + name, e);
            }
        }
    }

    /** SIGTERM, then SIGKILL if it has not exited within the grace period. */
    void stop() {
        Process current = process;
        if (current != null) {
            StaleProcesses.stop(current.toHandle());
        }
        pids.forget(name);
    }
}
