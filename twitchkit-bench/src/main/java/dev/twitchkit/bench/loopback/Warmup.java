package dev.twitchkit.bench.loopback;

/**
 * Warms a run up until the JIT is quiet, by the same rule for every library: rounds of warm-up, each the size the run
 * asked for, until one in which the compiler threads used at most {@value #QUIET_PERCENT} % of the process's CPU,
 * or {@value #MAX_ROUNDS} rounds. A warm-up of a fixed number of events gives a fast library's compiler less time
 * than a slow one's: after 100,000 events twitchkit's compiler threads still used 0.4–1.2 s of the 2–3 s of CPU the
 * next 200,000 events cost (on two cores), Twitch4J's 0.3 s of 8 s; what a long-running bot pays per event is the
 * figure after that.
 */
final class Warmup {
    static final int MAX_ROUNDS = 10;
    static final int QUIET_PERCENT = 3;

    /** One round of warm-up; {@code round} counts from 0. */
    interface Round {
        void run(int round) throws Exception;
    }

    private Warmup() {
    }

    /** Runs rounds until one is quiet; returns how many ran. */
    static int untilJitQuiet(Round round) throws Exception {
        for (int i = 0; i < MAX_ROUNDS; i++) {
            ThreadCpu threadsBefore = ThreadCpu.snapshot();
            long cpuBefore = ProcessCpu.nanos();
            round.run(i);
            long cpu = ProcessCpu.nanos() - cpuBefore;
            long jit = ThreadCpu.snapshot().jitNanosSince(threadsBefore);
            if (jit * 100 <= cpu * QUIET_PERCENT) {
                return i + 1;
            }
        }
        return MAX_ROUNDS;
    }
}
