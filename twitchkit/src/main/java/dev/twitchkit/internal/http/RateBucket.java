package dev.twitchkit.internal.http;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.OptionalInt;

/**
 * One token's Helix point bucket as Twitch reports it in {@code Ratelimit-Limit}, {@code Ratelimit-Remaining}
 * and {@code Ratelimit-Reset} (epoch seconds). A request takes a point up front, so concurrent callers on
 * an empty bucket wait for the refill instead of all going out and drawing 429s. Until the first response
 * nothing is known and nothing waits.
 */
public final class RateBucket {
    private final InstantSource clock;
    private int limit = -1;
    private int remaining = -1;
    private Instant reset = Instant.EPOCH;

    RateBucket(InstantSource clock) {
        this.clock = clock;
    }

    /**
     * Takes a point and says how long to wait before sending: zero while points remain, otherwise the time
     * until the bucket refills.
     */
    public synchronized Duration reserve() {
        Instant now = clock.instant();
        if (remaining < 0) {
            return Duration.ZERO;
        }
        if (!now.isBefore(reset) && limit > 0) {
            remaining = limit;
        }
        if (remaining > 0) {
            remaining--;
            return Duration.ZERO;
        }
        return Duration.between(now, reset);
    }

    /** Learns the bucket's state from a response's headers; responses without them change nothing. */
    public synchronized void update(Response response) {
        response.longHeader("Ratelimit-Limit").ifPresent(v -> limit = (int) v);
        response.longHeader("Ratelimit-Remaining").ifPresent(v -> remaining = (int) v);
        response.longHeader("Ratelimit-Reset").ifPresent(v -> reset = Instant.ofEpochSecond(v));
    }

    /** How long until the bucket refills, per the last response; zero when unknown or past. */
    public synchronized Duration untilReset() {
        Duration d = Duration.between(clock.instant(), reset);
        return d.isNegative() ? Duration.ZERO : d;
    }

    /** The points left as of the last response; empty before the first. */
    public synchronized OptionalInt remaining() {
        return remaining < 0 ? OptionalInt.empty() : OptionalInt.of(remaining);
    }
}
