package io.muster.incident;

import io.muster.testkit.PostgresCpu;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * CPU time used so far by this JVM (service, embedded Kafka, the benchmark's own clients) and by
 * the PostgreSQL server (postmaster, its backends, and reaped children), in milliseconds. On a box
 * that other builds load, wall-clock figures swing by a factor of several; CPU time hardly moves.
 * Linux only (reads /proc); returns -1 for PostgreSQL where that is not possible.
 */
public record CpuTime(long jvmMillis, long postgresMillis) {

    public static CpuTime now(long postmasterPid) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return new CpuTime(os.getProcessCpuTime() / 1_000_000, PostgresCpu.millis(postmasterPid));
    }

    public CpuTime minus(CpuTime earlier) {
        return new CpuTime(jvmMillis - earlier.jvmMillis, postgresMillis - earlier.postgresMillis);
    }

    /** The PostgreSQL server's main process: the first line of its data directory's postmaster.pid. */
    public static long postmasterPid(JdbcClient jdbc) {
        String dataDirectory = jdbc.sql("SELECT current_setting('data_directory')")
                .query(String.class)
                .single();
        try {
            return Long.parseLong(Files.readAllLines(Path.of(dataDirectory, "postmaster.pid"))
                    .getFirst()
                    .trim());
        } catch (IOException e) {
            return -1;
        }
    }

    /** The one-minute load average, printed with the figures: it says how busy the box was. */
    public static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }
}
