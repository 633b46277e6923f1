package dev.twitchkit.bench.loopback;

import dev.twitchkit.bench.Result;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Memory and threads of {@code connections} idle EventSub connections (one user, one subscription, one socket
 * each), in this JVM, with the mock in a child JVM: heap after GC, live threads and resident memory, before the
 * library is touched and after the connections sat idle for a few seconds.
 */
public final class Footprint {
    private Footprint() {
    }

    public static Result run(String library, int connections) throws Exception {
        try (MockProcess mock = MockProcess.start(connections)) {
            Sample before = Sample.take();
            Receiver receiver = new Receiver(1);
            Subject subject = Subject.create(library, mock.endpoints, receiver);
            long start = System.nanoTime();
            for (Account account : mock.accounts) {
                subject.connect(account, List.of(account.id()));
            }
            InProcessRun.awaitUntil(connections + " subscriptions at the mock", Duration.ofSeconds(300), () -> {
                try {
                    return mock.enabledSubscriptions() == connections;
                } catch (IOException e) {
                    return false;
                }
            });
            long connected = System.nanoTime();
            Thread.sleep(3_000);
            Sample after = Sample.take();
            Result result = new Result("footprint", library)
                    .put("connections", connections)
                    .put("connect_all_ms", Math.round((connected - start) / 1e6))
                    .put("heap_bytes", after.heap - before.heap)
                    .put("threads", after.threads - before.threads)
                    .put("rss_bytes", after.rss - before.rss)
                    .put("heap_total_bytes", after.heap)
                    .put("threads_total", after.threads)
                    .put("rss_total_bytes", after.rss);
            // Exit without closing: tearing down 1,000 sockets is not what is measured.
            return result;
        }
    }

    /** Heap after GC (least of three collections), live threads, resident set size. */
    record Sample(long heap, int threads, long rss) {
        static Sample take() throws InterruptedException, IOException {
            long heap = Long.MAX_VALUE;
            for (int i = 0; i < 3; i++) {
                System.gc();
                Thread.sleep(200);
                heap = Math.min(heap, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
            }
            return new Sample(heap, ManagementFactory.getThreadMXBean().getThreadCount(), residentBytes());
        }

        private static long residentBytes() throws IOException {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
            return -1;
        }
    }
}
