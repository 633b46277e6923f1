package dev.twitchkit.bench.loopback;

import dev.twitchkit.bench.Result;
import dev.twitchkit.mock.MockSession;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.locks.LockSupport;

/**
 * Latency at a fixed rate: the mock sends chat notifications at {@code rate} a second, each stamped with
 * {@link System#nanoTime()} just before the mock's send call; the handler subtracts the stamp from its own
 * clock. Rounds of {@code warmupSeconds} until the JIT is quiet ({@link Warmup}) are not recorded.
 */
public final class Latency {
    private Latency() {
    }

    public static Result run(String library, int rate, int warmupSeconds, int seconds) throws Exception {
        int roundEvents = rate * warmupSeconds;
        int measured = rate * seconds;
        Receiver receiver = new Receiver(roundEvents * Warmup.MAX_ROUNDS + measured);
        try (InProcessRun run = new InProcessRun(library, receiver)) {
            ChatFrames frames = new ChatFrames(run.subscription());
            MockSession session = run.session();
            // From the first warm-up event: switching it on later is a path the JIT has not seen, and the
            // deoptimisation and recompiling it caused (0.5-0.8 s of C2 in twitchkit's runs) landed in the figures.
            receiver.recordLatency(true);
            int rounds = Warmup.untilJitQuiet(round -> {
                paced(session, frames, rate, round * roundEvents, roundEvents);
                InProcessRun.awaitUntil("the warm-up notifications", Duration.ofSeconds(30),
                        () -> receiver.received() + run.subject.dropped() >= (round + 1L) * roundEvents);
            });
            int warmup = rounds * roundEvents;
            long droppedBefore = run.subject.dropped();
            ThreadCpu threadsBefore = ThreadCpu.snapshot();
            paced(session, frames, rate, warmup, measured);
            try {
                InProcessRun.awaitUntil("the measured notifications", Duration.ofSeconds(30),
                        () -> receiver.received() + run.subject.dropped() >= warmup + measured);
            } catch (IllegalStateException e) {
                // Reported below as missing.
            }
            long jit = ThreadCpu.snapshot().jitNanosSince(threadsBefore);
            long[] latencies = new long[measured];
            int n = 0;
            for (int seq = warmup; seq < warmup + measured; seq++) {
                if (receiver.timesReceived(seq) > 0) {
                    latencies[n++] = receiver.latencyNanos(seq);
                }
            }
            long[] sorted = Arrays.copyOf(latencies, n);
            Arrays.sort(sorted);
            // The worst latency of each second shows whether a tail is one stall or a steady queue.
            java.util.List<Double> maxBySecond = new java.util.ArrayList<>();
            for (int second = 0; second < seconds; second++) {
                long max = 0;
                for (int seq = warmup + second * rate; seq < warmup + (second + 1) * rate; seq++) {
                    if (receiver.timesReceived(seq) > 0) {
                        max = Math.max(max, receiver.latencyNanos(seq));
                    }
                }
                maxBySecond.add(micros(max));
            }
            return new Result("latency", library)
                    .put("rate", rate)
                    .put("warmup_seconds", rounds * warmupSeconds)
                    .put("jit_ms", jit / 1_000_000)
                    .put("events", measured)
                    .put("received", n)
                    .put("dropped", run.subject.dropped() - droppedBefore)
                    .put("p50_us", micros(percentile(sorted, 0.50)))
                    .put("p99_us", micros(percentile(sorted, 0.99)))
                    .put("p999_us", micros(percentile(sorted, 0.999)))
                    .put("max_us", micros(n == 0 ? 0 : sorted[n - 1]))
                    .put("max_us_by_second", maxBySecond);
        }
    }

    /** Sends {@code count} frames at {@code rate} a second, parking (not spinning: two cores) between them. */
    private static void paced(MockSession session, ChatFrames frames, int rate, int first, int count) {
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long due = start + i * interval;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            session.sendRaw(frames.frame(first + i, System.nanoTime()));
        }
    }

    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double micros(long nanos) {
        return Math.round(nanos / 100.0) / 10.0;
    }
}
