package dev.twitchkit.mock.internal.world;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Wakes a store when a deadline it set (a poll's end, a prediction's lock) arrives in real time, so a mock whose
 * clock nobody advances (the CLI's) still ends them and raises their events. Advancing the clock settles them
 * sooner; the wake-up then finds nothing due. The JDK's shared delayer thread runs it: nothing to shut down.
 */
final class Wakeups {
    private Wakeups() {
    }

    /** Runs {@code settle} with the clock's time once {@code when} has come on {@code clock}. */
    static void at(Clock clock, Instant when, Consumer<Instant> settle) {
        long delay = Math.max(0, Duration.between(clock.instant(), when).toMillis()) + 1;
        CompletableFuture.runAsync(() -> settle.accept(clock.instant()),
                CompletableFuture.delayedExecutor(delay, TimeUnit.MILLISECONDS));
    }
}
