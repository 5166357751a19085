package io.muster.gateway.sms;

import io.muster.testkit.PostgresCpu;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * CPU time used so far by this JVM (gateway, embedded Kafka broker, the benchmark's client and
 * consumer), by its live threads grouped by what they do, and by the PostgreSQL server (postmaster,
 * backends, reaped children), in milliseconds. On a box other builds load, wall-clock figures swing
 * by a factor of several; CPU time per reply hardly moves. Linux only (reads /proc); -1 for
 * PostgreSQL where that is not possible. Threads that ended between two readings are missing from
 * the groups (not from the JVM total).
 */
record CpuTime(long jvmMillis, long postgresMillis, Map<String, Long> groups) {

    static CpuTime now(long postmasterPid) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Map<String, Long> groups = threads();
        groups.putAll(jvmThreads());
        return new CpuTime(os.getProcessCpuTime() / 1_000_000, PostgresCpu.millis(postmasterPid), groups);
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

    /**
     * The JVM's own threads (JIT compilers, garbage collector, VM thread), which Java's thread API does
     * not list, from /proc/self/task: their names and user + system clock ticks (1/100 s).
     */
    private static Map<String, Long> jvmThreads() {
        Map<String, Long> groups = new TreeMap<>();
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            tasks.forEach(task -> {
                try {
                    String name = Files.readString(task.resolve("comm")).strip();
                    String stat = Files.readString(task.resolve("stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    String group = name.startsWith("C1 ") || name.startsWith("C2 ")
                            ? "jvm-jit"
                            : name.startsWith("GC ") || name.startsWith("G1 ")
                                    ? "jvm-gc"
                                    : name.equals("VM Thread") ? "jvm-vm" : null;
                    if (group != null) {
                        groups.merge(group, ticks * 10, Long::sum);
                    }
                } catch (IOException | RuntimeException e) {
                    // a thread that ended while being read: its time is in the JVM total only
                }
            });
        } catch (IOException e) {
            return Map.of();
        }
        return groups;
    }

    /** Which part of the benchmark a thread belongs to, by the names the libraries give their threads. */
    private static String group(String name) {
        if (name.startsWith("reactor-http") || name.startsWith("webflux-http")) return "gateway-http";
        if (name.startsWith("load-generator")) return "load-generator";
        if (name.startsWith("benchmark-consumer")) return "benchmark-consumer";
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
}
