package io.muster.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildProcessTests {

    @TempDir
    Path data;

    private ChildProcess process;

    @AfterEach
    void stop() {
        if (process != null) {
            process.stop();
        }
    }

    @Test
    void aKilledProcessStartsAgainWithTheSameCommandAndTheSameLog() throws IOException {
        StaleProcesses pids = new StaleProcesses(data);
        process = new ChildProcess("sleeper", List.of("sleep", "60"), data.resolve("logs"), pids);
        process.start();
        long first = pidFile();

        process.kill();

        assertThat(process.running()).isFalse();
        assertThat(ProcessHandle.of(first)).isEmpty();
        process.start();
        assertThat(process.running()).isTrue();
        assertThat(pidFile()).isNotEqualTo(first);
        assertThat(Files.readString(process.logFile())).containsPattern("(?s)starting sleeper.*starting sleeper");
    }

    @Test
    void aRunningProcessIsNotStartedTwice() {
        process = new ChildProcess("sleeper", List.of("sleep", "60"), data.resolve("logs"), new StaleProcesses(data));
        process.start();

        assertThatThrownBy(process::start).hasMessageContaining("already running");
    }

    @Test
    void stopEndsItAndForgetsItsPid() {
        process = new ChildProcess("sleeper", List.of("sleep", "60"), data.resolve("logs"), new StaleProcesses(data));
        process.start();

        process.stop();

        assertThat(process.running()).isFalse();
        assertThat(data.resolve("run").resolve("sleeper.pid")).doesNotExist();
    }

    private long pidFile() {
        return StaleProcesses.readPid(data.resolve("run").resolve("sleeper.pid"))
                .orElseThrow();
    }
}
