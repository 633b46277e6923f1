package dev.twitchkit.bench.loopback;

import dev.twitchkit.bench.Result;
import java.time.Duration;
import java.util.List;

/**
 * What a user pays per event: the client JVM's process CPU time over {@code events} chat notifications streamed
 * to one socket as fast as the client takes them, after rounds of {@code warmup} unmeasured ones until the JIT is
 * quiet ({@link Warmup}). The mock runs in a JVM of its own, so its sending and Jetty's threads are not in the
 * figure; this JVM holds only the client, its handler (the same {@link Receiver} for every library) and a main
 * thread that sleeps while it waits.
 */
public final class CpuPerEvent {
    private CpuPerEvent() {
    }

    public static Result run(String library, int warmup, int events) throws Exception {
        try (MockProcess mock = MockProcess.start(1)) {
            Receiver receiver = new Receiver(warmup * Warmup.MAX_ROUNDS + events);
            Account account = mock.accounts.get(0);
            try (Subject subject = Subject.create(library, mock.endpoints, receiver)) {
                subject.connect(account, List.of(account.id()));
                InProcessRun.awaitUntil("the chat subscription at the mock", Duration.ofSeconds(30),
                        () -> enabled(mock) == 1);
                int rounds = Warmup.untilJitQuiet(round -> stream(mock, subject, receiver, round * warmup, warmup));
                int first = rounds * warmup;
                long droppedBefore = subject.dropped();
                ThreadCpu threadsBefore = ThreadCpu.snapshot();
                long cpuBefore = ProcessCpu.nanos();
                long start = System.nanoTime();
                stream(mock, subject, receiver, first, events);
                long cpu = ProcessCpu.nanos() - cpuBefore;
                ThreadCpu threadsAfter = ThreadCpu.snapshot();
                long elapsed = receiver.lastArrivalNanos() - start;
                long delivered = receiver.received() - first;
                return new Result("cpu", library)
                        .put("warmup_events", first)
                        .put("events", events)
                        .put("delivered", delivered)
                        .put("dropped", subject.dropped() - droppedBefore)
                        .put("seconds", elapsed / 1e9)
                        .put("cpu_ms", cpu / 1e6)
                        .put("cpu_ns_per_event", Math.round((double) cpu / Math.max(1, delivered)))
                        .put("jit_ms", threadsAfter.jitNanosSince(threadsBefore) / 1_000_000)
                        .put("cpu_ms_by_thread", threadsAfter.millisSince(threadsBefore));
            }
        }
    }

    /** Has the mock send {@code count} frames from {@code first} on and waits until each was handled or dropped. */
    private static void stream(MockProcess mock, Subject subject, Receiver receiver, int first, int count)
            throws Exception {
        long target = first + count;
        mock.sendChat(first, count);
        InProcessRun.awaitUntil(count + " notifications at the handler", Duration.ofSeconds(120),
                () -> receiver.received() + subject.dropped() >= target);
    }

    private static long enabled(MockProcess mock) {
        try {
            return mock.enabledSubscriptions();
        } catch (java.io.IOException e) {
            return -1;
        }
    }
}
