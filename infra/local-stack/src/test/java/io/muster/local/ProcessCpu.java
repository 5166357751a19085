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

    static final String JIT = " JIT";
    private static final long TICK_MILLIS = 10; // USER_HZ is 100 on Linux

    static ProcessCpu now(Path dataDirectory, long postmasterPid) {
        Map<String, Long> millis = new LinkedHashMap<>();
        try (Stream<Path> pidFiles = Files.list(dataDirectory.resolve("run"))) {
            pidFiles.filter(f -> f.toString().endsWith(".pid")).sorted().forEach(f -> {
                String name = f.getFileName().toString().replace(".pid", "");
                long pid = pidIn(f);
                millis.put(name, ofProcess(pid));
                millis.put(name + JIT, ofJitThreads(pid));
            });
        } catch (IOException e) {
            throw new IllegalStateException("No pid files in " + dataDirectory, e);
        }
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        millis.put("test-jvm", os.getProcessCpuTime() / 1_000_000);
        millis.put("test-jvm" + JIT, ofJitThreads(ProcessHandle.current().pid()));
        millis.put("postgresql", PostgresCpu.millis(postmasterPid));
        return new ProcessCpu(millis);
    }

    ProcessCpu minus(ProcessCpu earlier) {
        Map<String, Long> used = new LinkedHashMap<>();
        millis.forEach((name, ms) -> used.put(name, ms - earlier.millis.getOrDefault(name, 0L)));
        return new ProcessCpu(used);
    }

    /** All processes together (their JIT threads are part of their figures). */
    long total() {
        return millis.entrySet().stream()
                .filter(e -> !e.getKey().endsWith(JIT))
                .mapToLong(Map.Entry::getValue)
                .sum();
    }

    /** The JIT compiler threads of every JVM: a warming JVM's cost that a long-running service does not pay. */
    long jit() {
        return millis.entrySet().stream()
                .filter(e -> e.getKey().endsWith(JIT))
                .mapToLong(Map.Entry::getValue)
                .sum();
    }

    private static long pidIn(Path pidFile) {
        try {
            return Long.parseLong(Files.readString(pidFile).trim());
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    // All threads of the process.
    private static long ofProcess(long pid) {
        return ticks(Path.of("/proc", Long.toString(pid), "stat")) * TICK_MILLIS;
    }

    // HotSpot names its compiler threads "C1 CompilerThread<n>" / "C2 CompilerThread<n>" (cut to 15 chars).
    private static long ofJitThreads(long pid) {
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            return tasks.map(t -> t.resolve("stat"))
                            .filter(ProcessCpu::isCompilerThread)
                            .mapToLong(ProcessCpu::ticks)
                            .sum()
                    * TICK_MILLIS;
        } catch (IOException e) {
            return -1;
        }
    }

    private static boolean isCompilerThread(Path stat) {
        try {
            return Files.readString(stat).contains("CompilerThre");
        } catch (IOException e) {
            return false;
        }
    }

    // Fields after the command: state(3) ppid(4) ... utime(14) stime(15).
    private static long ticks(Path stat) {
        try {
            String line = Files.readString(stat);
            String[] f = line.substring(line.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException | RuntimeException e) {
            return -1; // the process or thread ended meanwhile
        }
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
