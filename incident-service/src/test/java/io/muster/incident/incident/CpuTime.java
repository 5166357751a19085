package io.muster.incident.incident;

import io.muster.testkit.PostgresCpu;
import java.lang.management.ManagementFactory;

/**
 * CPU time used so far by this JVM (service, embedded Kafka, the benchmark's consumer) and by the
 * PostgreSQL server (postmaster, its backends, and reaped children), in milliseconds. On a box that
 * other builds load, wall-clock figures swing by a factor of several; CPU time hardly moves.
 * Linux only (reads /proc); returns -1 for PostgreSQL where that is not possible.
 */
record CpuTime(long jvmMillis, long postgresMillis) {

    static CpuTime now(long postmasterPid) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return new CpuTime(os.getProcessCpuTime() / 1_000_000, PostgresCpu.millis(postmasterPid));
    }

    CpuTime minus(CpuTime earlier) {
        return new CpuTime(jvmMillis - earlier.jvmMillis, postgresMillis - earlier.postgresMillis);
    }
}
