package dev.twitchkit.eventsub.internal.session;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Reconnect delays: exponential with full jitter. The n-th delay is uniform in {@code [0, min(max, initial * 2^n))},
 * so many clients cut off at once do not return at once. {@link #reset()} starts over (after a stable period).
 * Not thread-safe; the session machine calls it under its lock.
 */
public final class Backoff {
    private final Duration initial;
    private final Duration max;
    private final DoubleSupplier random;
    private int attempts;

    /**
     * @param random uniform numbers in {@code [0, 1)}
     */
    public Backoff(Duration initial, Duration max, DoubleSupplier random) {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < initial <= max, got " + initial + " and " + max);
        }
        this.initial = initial;
        this.max = max;
        this.random = random;
    }

    /** The next delay; each call doubles the ceiling up to the cap. */
    public Duration next() {
        long ceiling = ceilingMillis(attempts);
        attempts++;
        return Duration.ofMillis((long) (random.getAsDouble() * ceiling));
    }

    /** The n-th delay (0-based), jittered, without counting it: for callers that keep their own count. */
    public Duration delay(int attempt) {
        return Duration.ofMillis((long) (random.getAsDouble() * ceilingMillis(attempt)));
    }

    /** The ceiling of the n-th delay (0-based): {@code min(max, initial * 2^n)}. */
    public long ceilingMillis(int attempt) {
        long cap = max.toMillis();
        long value = initial.toMillis();
        for (int i = 0; i < attempt && value < cap; i++) {
            value *= 2;
        }
        return Math.min(value, cap);
    }

    /** How many delays were handed out since the last reset. */
    public int attempts() {
        return attempts;
    }

    /** Starts again from the initial delay. */
    public void reset() {
        attempts = 0;
    }
}
