package dev.twitchkit.bench.loopback;

import java.lang.management.ManagementFactory;

/**
 * This JVM's CPU time, all its threads (the library's, the JDK's socket threads, GC and JIT) together: what a user
 * pays in the process that runs the library. The runs that read it keep the mock in a JVM of its own.
 */
final class ProcessCpu {
    private ProcessCpu() {
    }

    /** CPU time this process used so far, in nanoseconds. */
    static long nanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            long nanos = os.getProcessCpuTime();
            if (nanos >= 0) {
                return nanos;
            }
        }
        throw new IllegalStateException("this JVM does not report its process CPU time"
                + " (com.sun.management.OperatingSystemMXBean#getProcessCpuTime)");
    }

    /** CPU time the calling thread used so far, in nanoseconds: the harness's own share, to take out. */
    static long currentThreadNanos() {
        long nanos = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        if (nanos < 0) {
            throw new IllegalStateException("this JVM does not measure thread CPU time");
        }
        return nanos;
    }
}
