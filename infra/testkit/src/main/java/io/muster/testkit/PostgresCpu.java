package io.muster.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time the PostgreSQL server has used so far (postmaster, its live backends and its reaped
 * children), for benchmarks that print CPU time next to wall time: on a shared box CPU time hardly
 * moves with the neighbours' load. Linux only (reads /proc).
 */
public final class PostgresCpu {

    private static final long TICK_MILLIS = 10; // USER_HZ is 100 on Linux

    private PostgresCpu() {}

    /** Milliseconds of CPU, or -1 where /proc cannot be read. */
    public static long millis(long postmasterPid) {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes
                            .filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                            .mapToLong(p -> ticksOf(p, postmasterPid))
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
