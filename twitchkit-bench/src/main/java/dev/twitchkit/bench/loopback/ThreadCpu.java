package dev.twitchkit.bench.loopback;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU time of this JVM's threads by name, JVM threads (JIT compilers, GC) included, from Linux's
 * {@code /proc/self/task}: where a run's process CPU time went. Empty where there is no such directory. Threads are
 * grouped by name with digits taken out ({@code C2 CompilerThread0} and {@code 1} count together); a thread that
 * ended between two snapshots drops out of the second, so a difference covers the threads that lived through both.
 */
final class ThreadCpu {
    private static final Path TASKS = Path.of("/proc/self/task");
    /** Clock ticks a second in {@code /proc}'s stat files: 100 on every Linux that runs a JVM today. */
    private static final long TICK_NANOS = 10_000_000L;

    private final Map<String, Long> nanosByTask;
    /** The JVM's own count of time spent compiling, for where there is no {@code /proc}. */
    private final long compileMillis;

    private ThreadCpu(Map<String, Long> nanosByTask, long compileMillis) {
        this.nanosByTask = nanosByTask;
        this.compileMillis = compileMillis;
    }

    /** Every thread's CPU time now. */
    static ThreadCpu snapshot() {
        long compileMillis = compileMillis();
        Map<String, Long> nanos = new HashMap<>();
        if (Files.isDirectory(TASKS)) {
            try (Stream<Path> tasks = Files.list(TASKS)) {
                tasks.forEach(task -> read(task, nanos));
            } catch (IOException e) {
                return new ThreadCpu(Map.of(), compileMillis);
            }
        }
        return new ThreadCpu(nanos, compileMillis);
    }

    private static long compileMillis() {
        var compilation = ManagementFactory.getCompilationMXBean();
        return compilation != null && compilation.isCompilationTimeMonitoringSupported()
                ? compilation.getTotalCompilationTime() : 0;
    }

    private static void read(Path task, Map<String, Long> into) {
        try {
            String stat = Files.readString(task.resolve("stat"));
            // "tid (comm) state ppid ...": the name may hold spaces and parentheses, so split after the last ')'
            int close = stat.lastIndexOf(')');
            String name = stat.substring(stat.indexOf('(') + 1, close);
            String[] fields = stat.substring(close + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
            into.put(task.getFileName() + "\t" + name, ticks * TICK_NANOS);
        } catch (IOException | RuntimeException e) {
            // the thread ended while we read: it drops out
        }
    }

    /**
     * CPU the JIT's compiler threads used from {@code before} to this snapshot, in nanoseconds; where there is no
     * {@code /proc}, the JVM's own (wall-clock) compilation time instead.
     */
    long jitNanosSince(ThreadCpu before) {
        if (nanosByTask.isEmpty()) {
            return (compileMillis - before.compileMillis) * 1_000_000;
        }
        long used = 0;
        for (Map.Entry<String, Long> task : nanosByTask.entrySet()) {
            if (task.getKey().contains("CompilerThre")) { // C1/C2 CompilerThreadN, cut to /proc's 15 characters
                used += task.getValue() - before.nanosByTask.getOrDefault(task.getKey(), 0L);
            }
        }
        return used;
    }

    /** Milliseconds of CPU each group of threads used from {@code before} to this snapshot, by group name. */
    Map<String, Long> millisSince(ThreadCpu before) {
        Map<String, Long> byGroup = new TreeMap<>();
        nanosByTask.forEach((task, nanos) -> {
            long used = nanos - before.nanosByTask.getOrDefault(task, 0L);
            String group = task.substring(task.indexOf('\t') + 1).replaceAll("[0-9]+", "").strip();
            byGroup.merge(group, used / 1_000_000, Long::sum);
        });
        byGroup.values().removeIf(millis -> millis == 0);
        return byGroup;
    }
}
