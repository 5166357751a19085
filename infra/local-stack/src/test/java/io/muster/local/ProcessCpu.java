package io.muster.local;

import io.muster.testkit.PostgresCpu;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time (ms) used so far by each process of the stack: the child JVMs named by the stack's pid
 * files (the three services and the Kafka broker), this JVM (load generator, phone simulator,
 * GreenMail) and PostgreSQL (postmaster and its backends). On a box that other builds load,
 * wall-clock figures swing; CPU time per reply hardly moves. Linux only (reads /proc); -1 where a
 * figure cannot be read.
 */
record ProcessCpu(Map<String, Long> millis) {

    private static final long TICK_MILLIS = 10; // USER_HZ is 100 on Linux

    static ProcessCpu now(Path dataDirectory, long postmasterPid) {
        Map<String, Long> millis = new LinkedHashMap<>();
        try (Stream<Path> pidFiles = Files.list(dataDirectory.resolve("run"))) {
            pidFiles.filter(f -> f.toString().endsWith(".pid"))
                    .sorted()
                    .forEach(f -> millis.put(f.getFileName().toString().replace(".pid", ""), ofPidFile(f)));
        } catch (IOException e) {
            throw new IllegalStateException("No pid files in " + dataDirectory, e);
        }
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        millis.put("test-jvm", os.getProcessCpuTime() / 1_000_000);
        millis.put("postgresql", PostgresCpu.millis(postmasterPid));
        return new ProcessCpu(millis);
    }

    ProcessCpu minus(ProcessCpu earlier) {
        Map<String, Long> used = new LinkedHashMap<>();
        millis.forEach((name, ms) -> used.put(name, ms - earlier.millis.getOrDefault(name, 0L)));
        return new ProcessCpu(used);
    }

    long total() {
        return millis.values().stream().mapToLong(Long::longValue).sum();
    }

    private static long ofPidFile(Path pidFile) {
        try {
            return ofProcess(Long.parseLong(Files.readString(pidFile).trim()));
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    // Fields after the command: state(3) ppid(4) ... utime(14) stime(15); all threads of the process.
    private static long ofProcess(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * TICK_MILLIS;
    }

    /** The one-minute load average, printed with the figures: it says how busy the box was. */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }
}
