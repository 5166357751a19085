package io.muster.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A process the stack started, with its output in a log file and its pid remembered. */
final class ChildProcess implements AutoCloseable {

    private static final int LOG_LINES_ON_FAILURE = 60;

    private final String name;
    private final Process process;
    private final Path logFile;
    private final StaleProcesses pids;

    private ChildProcess(String name, Process process, Path logFile, StaleProcesses pids) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
        this.pids = pids;
    }

    static ChildProcess start(String name, List<String> command, Path logs, StaleProcesses pids) {
        Path logFile = logs.resolve(name + ".log");
        try {
            Files.createDirectories(logs);
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
            pids.remember(name, process);
            return new ChildProcess(name, process, logFile, pids);
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

    void failIfExited() {
        if (!process.isAlive()) {
            throw new IllegalStateException(name + " exited with code " + process.exitValue() + "; see " + logFile);
        }
    }

    @Override
    public void close() {
        StaleProcesses.stop(process.toHandle());
        pids.forget(name);
    }
}
