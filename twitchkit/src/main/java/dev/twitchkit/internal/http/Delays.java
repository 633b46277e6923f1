package dev.twitchkit.internal.http;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Non-blocking waits: a future that completes after a delay, without holding a thread meanwhile. */
public final class Delays {
    private Delays() {
    }

    /** Completes after {@code delay}; at once when it is zero or negative. */
    public static CompletableFuture<Void> after(Duration delay) {
        if (delay.isZero() || delay.isNegative()) {
            return CompletableFuture.completedFuture(null);
        }
        return CompletableFuture.runAsync(() -> { },
                CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS));
    }
}
