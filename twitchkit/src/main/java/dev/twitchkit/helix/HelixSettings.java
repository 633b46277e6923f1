package dev.twitchkit.helix;

import dev.twitchkit.internal.Checks;
import java.time.Duration;

/**
 * How the Helix layer retries and waits. The defaults suit the real Twitch; tests shorten the durations.
 *
 * @param requestTimeout the timeout of one HTTP request
 * @param maxRetries how many times a 5xx (500/502/503/504) or a connection failure is retried
 * @param backoffBase the first retry delay; each next one doubles
 * @param backoffMax the largest retry delay
 * @param maxRateLimitRetries how many times a 429 on an empty bucket is waited out and retried
 * @param maxRateLimitWait the longest single wait for a bucket refill; longer waits fail with
 *     {@link RateLimitedException} instead
 */
public record HelixSettings(Duration requestTimeout, int maxRetries, Duration backoffBase, Duration backoffMax,
                            int maxRateLimitRetries, Duration maxRateLimitWait) {
    /** 30 s requests, 4 retries from 1 s to 16 s, 3 rate-limit retries, waits of up to 65 s. */
    public static final HelixSettings DEFAULTS = new HelixSettings(Duration.ofSeconds(30), 4, Duration.ofSeconds(1),
            Duration.ofSeconds(16), 3, Duration.ofSeconds(65));

    /** Checks every duration and count. */
    public HelixSettings {
        Checks.positive(requestTimeout, "requestTimeout");
        Checks.inRange(maxRetries, 0, 20, "maxRetries");
        Checks.positive(backoffBase, "backoffBase");
        Checks.positive(backoffMax, "backoffMax");
        Checks.inRange(maxRateLimitRetries, 0, 20, "maxRateLimitRetries");
        Checks.positive(maxRateLimitWait, "maxRateLimitWait");
    }

    /** A copy with another backoff between retries. */
    public HelixSettings withBackoff(Duration base, Duration max) {
        return new HelixSettings(requestTimeout, maxRetries, base, max, maxRateLimitRetries, maxRateLimitWait);
    }

    /** A copy with another timeout per request. */
    public HelixSettings withRequestTimeout(Duration timeout) {
        return new HelixSettings(timeout, maxRetries, backoffBase, backoffMax, maxRateLimitRetries,
                maxRateLimitWait);
    }

    /** A copy with another number of retries after 5xx answers and connection failures. */
    public HelixSettings withMaxRetries(int retries) {
        return new HelixSettings(requestTimeout, retries, backoffBase, backoffMax, maxRateLimitRetries,
                maxRateLimitWait);
    }
}
