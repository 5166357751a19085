package io.muster.gateway.sms;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU time used so far by this JVM (gateway, embedded Kafka broker, the benchmark's client and
 * consumer), by its live threads grouped by what they do, and by the PostgreSQL server (postmaster,
 * backends, reaped children), in milliseconds. On a box other builds load, wall-clock figures swing
 * by a factor of several; CPU time per reply hardly moves. Linux only (reads /proc); -1 for
 * PostgreSQL where that is not possible. Threads that ended between two readings are missing from
 * the groups (not from the JVM total).
 */
record CpuTime(long jvmMillis, long postgresMillis, Map<String, Long> groups) {

    private static final long TICK_MILLIS = 10; // USER_HZ is 100 on Linux

    static CpuTime now(long postmasterPid) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return new CpuTime(os.getProcessCpuTime() / 1_000_000, postgres(postmasterPid), threads());
    }

    CpuTime minus(CpuTime earlier) {
        Map<String, Long> diff = new TreeMap<>(groups);
        earlier.groups.forEach((group, millis) -> diff.merge(group, -millis, Long::sum));
        return new CpuTime(jvmMillis - earlier.jvmMillis, postgresMillis - earlier.postgresMillis, diff);
    }

    private static Map<String, Long> threads() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, Long> groups = new TreeMap<>();
        for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
            long nanos = info == null ? -1 : threads.getThreadCpuTime(info.getThreadId());
            if (nanos > 0) {
                groups.merge(group(info.getThreadName()), nanos / 1_000_000, Long::sum);
            }
        }
        return groups;
    }

    /** Which part of the benchmark a thread belongs to, by the names the libraries give their threads. */
    private static String group(String name) {
        if (name.startsWith("reactor-http")) return "gateway-http";
        if (name.startsWith("reactor-tcp") || name.startsWith("r2dbc")) return "gateway-r2dbc";
        if (name.startsWith("kafka-producer")) return "kafka-producer";
        if (name.startsWith("boundedElastic") || name.startsWith("parallel")) return "gateway-reactor-workers";
        if (name.startsWith("HttpClient") || name.startsWith("main")) return "load-generator";
        if (name.startsWith("data-plane")
                || name.startsWith("kafka-")
                || name.contains("broker")
                || name.contains("Raft")
                || name.contains("raft")
                || name.contains("-request-handler")) return "kafka-broker";
        if (name.startsWith("C1 ") || name.startsWith("C2 ") || name.startsWith("GC") || name.startsWith("G1")) {
            return "jvm-jit-gc";
        }
        return "other " + name.replaceAll("[-#\\d ]+$", "");
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
