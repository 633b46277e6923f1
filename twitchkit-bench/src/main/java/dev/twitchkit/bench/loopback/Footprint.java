package dev.twitchkit.bench.loopback;

import dev.twitchkit.MultiShardClientApp;
import dev.twitchkit.TwitchUrls;
import dev.twitchkit.bench.Result;
import dev.twitchkit.helix.conduits.Conduit;
import dev.twitchkit.transport.WebSocketTransport;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Memory and threads of {@code connections} idle EventSub connections in this JVM, the mock in a child JVM: heap
 * after GC, live threads and resident memory, before the library is touched and after the connections sat idle
 * a few seconds.
 * <ul>
 * <li>{@code twitchkit}, {@code twitch4j}: a user per connection, each with one subscription on its own socket;</li>
 * <li>{@code twitchkit-shards}: one {@link MultiShardClientApp} running a conduit of {@code connections} shards
 *     (a socket each), twitchkit's way to hold many connections in one process.</li>
 * </ul>
 */
public final class Footprint {
    /** What is measured stays reachable until it is measured. */
    private static final List<Object> KEEP = new ArrayList<>();

    private Footprint() {
    }

    public static Result run(String library, int connections) throws Exception {
        return run(library, connections, 0);
    }

    /** As {@link #run(String, int)}, then stays idle {@code holdSeconds} more, e.g. to take a heap histogram. */
    public static Result run(String library, int connections, int holdSeconds) throws Exception {
        try (MockProcess mock = MockProcess.start(library.startsWith("twitchkit-shards") ? 0 : connections)) {
            Sample before = Sample.take();
            long start = System.nanoTime();
            if (library.startsWith("twitchkit-shards")) {
                connectShards(mock.endpoints, connections, Transports.of(library));
            } else {
                Subject subject = Subject.create(library, mock.endpoints, new Receiver(1), true);
                KEEP.add(subject);
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
            }
            long connected = System.nanoTime();
            Thread.sleep(3_000);
            Sample after = Sample.take();
            if (holdSeconds > 0) {
                System.err.println("holding " + holdSeconds + " s (pid " + ProcessHandle.current().pid() + ")");
                Thread.sleep(holdSeconds * 1000L);
            }
            // No teardown: closing 1,000 sockets is not what is measured, and the JVM exits next.
            return new Result("footprint", library)
                    .put("connections", connections)
                    .put("connect_all_ms", Math.round((connected - start) / 1e6))
                    .put("heap_bytes", after.heap - before.heap)
                    .put("threads", after.threads - before.threads)
                    .put("rss_bytes", after.rss - before.rss)
                    .put("heap_total_bytes", after.heap)
                    .put("threads_total", after.threads)
                    .put("rss_total_bytes", after.rss)
                    .put("kept", KEEP.size());
        }
    }

    private static void connectShards(Endpoints endpoints, int shards, WebSocketTransport transport) {
        MultiShardClientApp.Builder builder = MultiShardClientApp.builder(endpoints.clientId(),
                        endpoints.clientSecret())
                .urls(TwitchUrls.of(endpoints.webSocket(), endpoints.helix(), endpoints.oauth()))
                .shardConnectTimeout(Duration.ofSeconds(120));
        if (transport != null) {
            builder.transport(transport);
            KEEP.add(transport);
        }
        MultiShardClientApp app = builder.build();
        KEEP.add(app);
        app.authorize().join();
        Conduit conduit = app.conduits().create(shards).join();
        app.connect(conduit.id(), IntStream.range(0, shards).boxed().toList()).join();
        if (app.shards().size() != shards) {
            throw new IllegalStateException("only " + app.shards().size() + " of " + shards + " shards run");
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
