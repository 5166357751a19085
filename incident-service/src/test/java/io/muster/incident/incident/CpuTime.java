package io.muster.incident.incident;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time used so far by this JVM (service, embedded Kafka, the benchmark's consumer) and by the
 * PostgreSQL server (postmaster, its backends, and reaped children), in milliseconds. On a box that
 * other builds load, wall-clock figures swing by a factor of several; CPU time hardly moves.
 * Linux only (reads /proc); returns -1 for PostgreSQL where that is not possible.
 */
record CpuTime(long jvmMillis, long postgresMillis) {

    private static final long TICK_MILLIS = 10; // USER_HZ is 100 on Linux

    static CpuTime now(long postmasterPid) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return new CpuTime(os.getProcessCpuTime() / 1_000_000, postgres(postmasterPid));
    }

    CpuTime minus(CpuTime earlier) {
        return new CpuTime(jvmMillis - earlier.jvmMillis, postgresMillis - earlier.postgresMillis);
    }

    private static long postgres(long postmaster) {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes
                            .filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                            .mapToLong(p -> ticksOf(p, postmaster))
                            .sum()
                    * TICK_MILLIS;
        } catch (IOException e) {
            return -1;
        }
    }

    // Fields after the command: state(3) ppid(4) ... utime(14) stime(15) cutime(16) cstime(17).
    private static long ticksOf(Path process, long postmaster) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long pid = Long.parseLong(process.getFileName().toString());
            long ppid = Long.parseLong(f[1]);
            if (pid == postmaster) {
                return Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
            }
            return ppid == postmaster ? Long.parseLong(f[11]) + Long.parseLong(f[12]) : 0;
        } catch (IOException | RuntimeException e) {
            return 0; // the process ended meanwhile
        }
    }
}
