package dev.twitchkit.bench.loopback;

import dev.twitchkit.bench.Result;
import dev.twitchkit.mock.MockSession;
import java.time.Duration;

/**
 * Events per second end to end: the mock streams chat notifications to one client socket as fast as it takes
 * them (the mock's send window blocks the sender when the client falls behind), first rounds of {@code warmup} of
 * them until the JIT is quiet ({@link Warmup}), then {@code events} timed from the first send to the last handler
 * call.
 */
public final class Throughput {
    private Throughput() {
    }

    public static Result run(String library, int warmup, int events) throws Exception {
        Receiver receiver = new Receiver(warmup * Warmup.MAX_ROUNDS + events);
        try (InProcessRun run = new InProcessRun(library, receiver)) {
            ChatFrames frames = new ChatFrames(run.subscription());
            MockSession session = run.session();
            int rounds = Warmup.untilJitQuiet(round -> stream(run, session, frames, receiver, round * warmup, warmup));
            int first = rounds * warmup;
            long droppedBefore = run.subject.dropped();
            ThreadCpu threadsBefore = ThreadCpu.snapshot();
            long start = System.nanoTime();
            stream(run, session, frames, receiver, first, events);
            long elapsed = receiver.lastArrivalNanos() - start;
            long jit = ThreadCpu.snapshot().jitNanosSince(threadsBefore);
            long dropped = run.subject.dropped() - droppedBefore;
            long delivered = receiver.received() - first;
            return new Result("throughput", library)
                    .put("warmup_events", first)
                    .put("jit_ms", jit / 1_000_000)
                    .put("events", events)
                    .put("delivered", delivered)
                    .put("dropped", dropped)
                    .put("seconds", elapsed / 1e9)
                    .put("events_per_second", Math.round(delivered / (elapsed / 1e9)));
        }
    }

    /** Sends {@code count} frames from {@code first} on and waits until each was handled or dropped. */
    private static void stream(InProcessRun run, MockSession session, ChatFrames frames, Receiver receiver,
                               int first, int count) throws InterruptedException {
        long target = first + count;
        for (long seq = first; seq < target; seq++) {
            session.sendRaw(frames.frame(seq, System.nanoTime()));
        }
        InProcessRun.awaitUntil(count + " notifications at the handler", Duration.ofSeconds(120),
                () -> receiver.received() + run.subject.dropped() >= target);
    }
}
