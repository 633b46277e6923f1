package dev.twitchkit.bench;

import dev.twitchkit.MultiShardClientApp;
import dev.twitchkit.TwitchUrls;
import dev.twitchkit.conduit.Shard;
import dev.twitchkit.helix.conduits.Conduit;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUrls;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * Not a test: the memory and threads idle conduit shards cost in one JVM. For each shard count (default 1, 100 and
 * 1,000) a {@link MultiShardClientApp} launches that many shards of a fresh conduit, waits until all are associated
 * and idle (only keepalives flowing), then reports the heap after a full GC and the thread count, against a baseline
 * taken with the app authorized but no shard running.
 *
 * <p>The mock Twitch runs in a child JVM (this class with {@code --serve-mock}) so its sockets, heap and threads are
 * not counted. Run (from the repository root):
 * <pre>
 * mvn -q -o -Dtk.build=target-con -pl twitchkit -am test-compile
 * mvn -q -o -Dtk.build=target-con -pl twitchkit dependency:build-classpath -Dmdep.outputFile=/tmp/tk-cp.txt
 * java -Xmx512m -cp "twitchkit/target-con/classes:twitchkit/target-con/test-classes:twitchkit-mock/target-con/classes:$(cat /tmp/tk-cp.txt)" \
 *     dev.twitchkit.bench.ShardFootprintHarness [shardCounts, e.g. 1,100,1000] [idleSeconds]
 * </pre>
 * Each count prints a human line and a {@code RESULT} line of {@code key=value} pairs for scripts.
 *
 * <p>Most of an idle shard's heap is the JDK WebSocket's own buffers (16 KB each by default). The library never
 * sends data frames, so these JVM-wide JDK properties (read once, before the first WebSocket) shrink it safely:
 * {@code -Djdk.httpclient.websocket.writeBufferSize=1024 -Djdk.httpclient.websocket.intermediateBufferSize=1024
 * -Djdk.httpclient.bufsize=4096}.
 */
public final class ShardFootprintHarness {
    private ShardFootprintHarness() {
    }

    /** One measurement. */
    record Footprint(int shards, long baselineHeap, long heap, int baselineThreads, int threads,
                     long libraryThreads, long launchMillis, long reassociations) {
        long perShardBytes() {
            return shards == 0 ? 0 : (heap - baselineHeap) / shards;
        }

        String resultLine() {
            return "RESULT shards=" + shards + " heapAfterGcBytes=" + heap + " baselineHeapBytes=" + baselineHeap
                    + " perShardBytes=" + perShardBytes() + " threads=" + threads + " baselineThreads="
                    + baselineThreads + " libraryThreads=" + libraryThreads + " launchMillis=" + launchMillis
                    + " reassociations=" + reassociations;
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--serve-mock")) {
            serveMock();
            return;
        }
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        int[] counts = args.length > 0 ? Arrays.stream(args[0].split(",")).mapToInt(Integer::parseInt).toArray()
                : new int[] {1, 100, 1000};
        int idleSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Process mock = startMockProcess();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(mock.getInputStream(),
                StandardCharsets.UTF_8))) {
            String[] endpoint = out.readLine().split(" "); // "<ws> <helix> <oauth> <clientId> <secret>"
            TwitchUrls urls = TwitchUrls.of(URI.create(endpoint[0]), URI.create(endpoint[1]), URI.create(endpoint[2]));
            List<Footprint> results = new ArrayList<>();
            for (int count : counts) {
                Footprint f = measure(urls, endpoint[3], endpoint[4], count, idleSeconds);
                results.add(f);
                System.out.printf("%5d idle shards: heap %,d KB after GC (baseline %,d KB) = %,d bytes per shard; "
                                + "threads %d (baseline %d, library %d); launched in %d ms; %d re-associations%n",
                        f.shards(), f.heap() / 1024, f.baselineHeap() / 1024, f.perShardBytes(), f.threads(),
                        f.baselineThreads(), f.libraryThreads(), f.launchMillis(), f.reassociations());
                System.out.println(f.resultLine());
            }
        } finally {
            mock.destroy();
            mock.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static Footprint measure(TwitchUrls urls, String clientId, String secret, int count, int idleSeconds)
            throws Exception {
        try (MultiShardClientApp app = MultiShardClientApp.builder(clientId, secret)
                .urls(urls)
                .tokenMaintenance(false)
                .shardConnectTimeout(Duration.ofSeconds(60))
                .build()) {
            app.authorize().get(30, TimeUnit.SECONDS);
            Conduit conduit = app.conduits().create(count).get(30, TimeUnit.SECONDS);
            app.eventsub(conduit.id()); // the subscription object exists either way; keep it out of the delta
            long baselineHeap = heapAfterGc();
            int baselineThreads = Thread.getAllStackTraces().size();

            long start = System.nanoTime();
            app.connect(conduit.id(), IntStream.range(0, count).boxed().toList()).get(120, TimeUnit.SECONDS);
            long launchMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            if (app.shards().size() != count || !app.shards().stream().allMatch(Shard::isAssociated)) {
                throw new IllegalStateException("not every shard is associated: " + app.shards().size());
            }
            Thread.sleep(idleSeconds * 1000L); // idle: keepalives only
            long heap = heapAfterGc();
            int threads = Thread.getAllStackTraces().size();
            long library = Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
                    .filter(n -> n.startsWith("twitchkit-") || n.startsWith("HttpClient-")).count();
            // A loaded machine can delay keepalives into a reconnect; say so rather than hide it in the numbers.
            long reassociated = app.shards().stream().mapToLong(Shard::associations).sum() - count;
            return new Footprint(count, baselineHeap, heap, baselineThreads, threads, library, launchMillis,
                    reassociated);
        }
    }

    /** Heap in use after full collections (java.lang.management is not in the library's module graph). */
    private static long heapAfterGc() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(200);
            Runtime rt = Runtime.getRuntime();
            used = Math.min(used, rt.totalMemory() - rt.freeMemory());
        }
        return used;
    }

    private static Process startMockProcess() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", ShardFootprintHarness.class.getName(), "--serve-mock")
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
    }

    /** The child: a mock on a free port, its addresses on one line, until the parent ends it. */
    private static void serveMock() throws InterruptedException {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        MockTwitch twitch = MockTwitch.builder().rateLimit(100_000, Duration.ofMinutes(1)).start();
        MockUrls u = twitch.urls();
        System.out.println(u.eventSubWebSocket() + " " + u.helix() + " " + u.oauth() + " " + twitch.clientId() + " "
                + twitch.clientSecret());
        System.out.flush();
        Thread.currentThread().join();
    }
}
