package dev.twitchkit.internal.http;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with jitter: {@code base * 2^attempt}, capped at {@code max}, randomised by up to a
 * quarter so many clients failing together do not retry in lockstep.
 *
 * @param base the first delay
 * @param max the largest delay
 */
public record Backoff(Duration base, Duration max) {

    /** The delay before retry number {@code attempt} (0 for the first retry). */
    public Duration delay(int attempt) {
        long baseMs = Math.max(1, base.toMillis());
        long exp = baseMs << Math.min(attempt, 20);
        long capped = Math.min(exp, max.toMillis());
        long jitter = capped / 4 == 0 ? 0 : ThreadLocalRandom.current().nextLong(capped / 4 + 1);
        return Duration.ofMillis(capped - jitter);
    }
}
