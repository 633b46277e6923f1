package dev.twitchkit.bench;

import dev.twitchkit.ClientUser;
import dev.twitchkit.TwitchUrls;
import dev.twitchkit.eventsub.EventSubStats;
import dev.twitchkit.eventsub.OverflowPolicy;
import dev.twitchkit.eventsub.event.ChannelFollowEvent;
import dev.twitchkit.eventsub.event.Notification;
import dev.twitchkit.eventsub.event.RawEvent;
import dev.twitchkit.eventsub.event.SubscriptionMetadata;
import dev.twitchkit.eventsub.internal.dispatch.DispatchQueue;
import dev.twitchkit.eventsub.internal.dispatch.Dispatcher;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUrls;
import dev.twitchkit.mock.MockUser;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Not a test: the EventSub engine's numbers through one socket, mock to {@link ClientUser} handler.
 * <ol>
 *   <li>Throughput: {@code channel.follow} notifications a second, decoded into {@link ChannelFollowEvent},
 *       deduplicated and dispatched to a handler (median of several runs).</li>
 *   <li>Latency at a steady 5,000 events a second: from the mock's {@code message_timestamp} (taken when it sends)
 *       to the handler starting, p50/p99/max.</li>
 *   <li>Dispatch latency alone at 5,000 events a second: from the offer into a connection's dispatch queue (what
 *       the reading thread does) to the handler starting, on the client's default executor shape.</li>
 * </ol>
 * Run (from the repository root):
 * <pre>
 * mvn -q -o -Dtk.build=target-eng -pl twitchkit -am test-compile
 * mvn -q -o -Dtk.build=target-eng -pl twitchkit -am dependency:build-classpath -Dmdep.outputFile=/tmp/tk-cp.txt
 * java -cp "twitchkit/target-eng/classes:twitchkit/target-eng/test-classes:twitchkit-mock/target-eng/classes:$(cat /tmp/tk-cp.txt)" \
 *     dev.twitchkit.bench.EventSubBench [eventsPerRun] [runs] [latencySeconds]
 * </pre>
 * The mock's own classes come first on the class path so a stale installed snapshot cannot shadow them.
 */
public final class EventSubBench {
    private EventSubBench() {
    }

    public static void main(String[] args) throws Exception {
        int perRun = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int latencySeconds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        try (MockTwitch twitch = MockTwitch.start()) {
            MockUser streamer = twitch.createUser("bench_streamer", "moderator:read:followers");
            MockUrls u = twitch.urls();
            try (ClientUser bot = ClientUser.builder(twitch.clientId(), twitch.clientSecret())
                    .urls(TwitchUrls.of(u.eventSubWebSocket(), u.helix(), u.oauth()))
                    .tokenMaintenance(false)
                    // Room for a whole run: the figure is what handlers got, not what the overflow policy shed.
                    .dispatchQueue(1_000_000, OverflowPolicy.DROP_NEWEST)
                    .build()) {
                AtomicLong handled = new AtomicLong();
                LatencyProbe probe = new LatencyProbe();
                bot.on(ChannelFollowEvent.class, n -> {
                    handled.incrementAndGet();
                    probe.record(n.messageTimestamp());
                });
                bot.start(streamer.accessToken(), streamer.refreshToken()).join();
                bot.eventsub().channelFollow(streamer.id()).join();

                System.out.printf("Throughput, one socket, %,d channel.follow per run:%n", perRun);
                runOnce(twitch, streamer, bot, handled, Math.min(perRun, 50_000)); // warm-up
                List<Double> rates = new ArrayList<>();
                for (int i = 0; i < runs; i++) {
                    double rate = runOnce(twitch, streamer, bot, handled, perRun);
                    rates.add(rate);
                    System.out.printf("  run %d: %,.0f events/s%n", i + 1, rate);
                }
                Collections.sort(rates);
                System.out.printf("  median: %,.0f events/s%n", rates.get(rates.size() / 2));

                probe.reset();
                int sent = steady(twitch, streamer, 5_000, Duration.ofSeconds(latencySeconds));
                long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                while (probe.count() < sent && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                long[] micros = probe.sorted();
                System.out.printf("Latency at 5,000 events/s for %d s (%,d events; mock send -> handler start):%n",
                        latencySeconds, micros.length);
                System.out.printf("  p50 %,d us, p90 %,d us, p95 %,d us, p99 %,d us, p99.9 %,d us, max %,d us%n",
                        pct(micros, 50), pct(micros, 90), pct(micros, 95), pct(micros, 99), pct(micros, 99.9),
                        micros[micros.length - 1]);
                dispatchOnly(5_000, Duration.ofSeconds(latencySeconds));
                EventSubStats stats = bot.stats();
                System.out.printf("Engine: delivered %,d, duplicates %d, overflow drops %d, handler errors %d, "
                        + "sessions lost %d%n", stats.delivered(), stats.duplicatesDropped(), stats.overflowDropped(),
                        stats.handlerErrors(), stats.sessionsLost());
            }
        }
    }

    private static double runOnce(MockTwitch twitch, MockUser streamer, ClientUser bot, AtomicLong handled, int count)
            throws InterruptedException {
        long target = handled.get() + bot.stats().overflowDropped() + count;
        long start = System.nanoTime();
        twitch.trigger("channel.follow").to(streamer).repeat(count).send();
        while (handled.get() + bot.stats().overflowDropped() < target) {
            Thread.sleep(0, 200_000);
        }
        return count / ((System.nanoTime() - start) / 1e9);
    }

    /** Sends {@code perSecond} events a second in 1 ms ticks for {@code length}; returns how many were sent. */
    private static int steady(MockTwitch twitch, MockUser streamer, int perSecond, Duration length) {
        int perTick = Math.max(1, perSecond / 1000);
        long tick = Duration.ofMillis(1).toNanos() * perTick * 1000 / perSecond;
        long start = System.nanoTime();
        long end = start + length.toNanos();
        int sent = 0;
        for (long next = start; next < end; next += tick) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            sent += twitch.trigger("channel.follow").to(streamer).repeat(perTick).send().size();
        }
        return sent;
    }

    /** The dispatcher on its own: queue offer to handler start, two dispatch threads as the client's default. */
    private static void dispatchOnly(int perSecond, Duration length) throws InterruptedException {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            Dispatcher dispatcher = new Dispatcher(pool, 10_000, OverflowPolicy.DROP_OLDEST, (e, c) -> { });
            long[] offeredAt = new long[perSecond * (int) length.toSeconds() + 1];
            long[] micros = new long[offeredAt.length];
            AtomicInteger done = new AtomicInteger();
            dispatcher.handlers().on(RawEvent.class, n -> {
                int i = Integer.parseInt(n.messageId());
                micros[i] = (System.nanoTime() - offeredAt[i]) / 1000;
                done.incrementAndGet();
            });
            DispatchQueue queue = dispatcher.newQueue("bench");
            JsonNode json = JsonNodeFactory.instance.objectNode();
            SubscriptionMetadata sub = new SubscriptionMetadata("sub", "enabled", "a.b", "1", 0, Map.of(), "s", null);
            long tick = 1_000_000_000L / perSecond;
            long start = System.nanoTime();
            int count = offeredAt.length - 1;
            for (int i = 0; i < count; i++) {
                long wait = start + i * tick - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                offeredAt[i] = System.nanoTime();
                queue.offer(new Notification<>(Integer.toString(i), Instant.now(), sub, new RawEvent("a.b", "1", json),
                        json));
            }
            while (done.get() < count) {
                Thread.sleep(5);
            }
            long[] sorted = Arrays.copyOf(micros, count);
            Arrays.sort(sorted);
            System.out.printf("Dispatch alone at %,d events/s for %d s (queue offer -> handler start):%n", perSecond,
                    length.toSeconds());
            System.out.printf("  p50 %,d us, p99 %,d us, p99.9 %,d us, max %,d us%n", pct(sorted, 50),
                    pct(sorted, 99), pct(sorted, 99.9), sorted[sorted.length - 1]);
        } finally {
            pool.shutdownNow();
        }
    }

    private static long pct(long[] sorted, double percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /** Handler-side latencies, microseconds, from the message timestamp to the handler. */
    private static final class LatencyProbe {
        private final long[] micros = new long[2_000_000];
        private final AtomicInteger next = new AtomicInteger();

        void record(Instant sentAt) {
            Instant now = Instant.now();
            int i = next.getAndIncrement();
            if (i < micros.length) {
                micros[i] = Duration.between(sentAt, now).toNanos() / 1000;
            }
        }

        int count() {
            return Math.min(next.get(), micros.length);
        }

        void reset() {
            next.set(0);
        }

        long[] sorted() {
            long[] copy = Arrays.copyOf(micros, count());
            Arrays.sort(copy);
            return copy;
        }
    }
}
