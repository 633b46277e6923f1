package dev.twitchkit.mock.internal.helix;

import dev.twitchkit.mock.internal.auth.AuthStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Helix's rate limit: a token bucket of points per app (client) or per user under a client — Twitch's rule — that
 * every request costs one point of and that refills continuously to full over one window (Twitch: 800 points a
 * minute). Read on the mock's clock, so advancing it refills buckets.
 */
public final class RateLimits {
    private final Clock clock;
    private final int capacity;
    private final Duration window;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimits(Clock clock, int capacity, Duration window) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a bucket needs at least one point, got " + capacity);
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("the refill window must be positive, got " + window);
        }
        this.clock = clock;
        this.capacity = capacity;
        this.window = window;
    }

    /** What a request learns about its bucket: whether it may run, and the three {@code Ratelimit-*} values. */
    public record Decision(boolean allowed, int limit, int remaining, long resetEpochSecond) {
    }

    /** The bucket a token's requests draw from. */
    public static String bucketOf(AuthStore.Token token) {
        return token.isApp() ? "app:" + token.clientId() : "user:" + token.clientId() + ":" + token.userId();
    }

    /** The bucket of a user's tokens under a client. */
    public static String userBucket(String clientId, String userId) {
        return "user:" + clientId + ":" + userId;
    }

    /** The bucket of the JWT-signed requests of an extension. */
    public static String extensionBucket(String extensionId) {
        return "extension:" + extensionId;
    }

    /** The bucket of a client's app tokens. */
    public static String appBucket(String clientId) {
        return "app:" + clientId;
    }

    /** Takes one point if there is one. */
    public Decision take(String bucket) {
        return bucket(bucket).take(clock.instant(), true);
    }

    /** The bucket's state without taking a point. */
    public Decision peek(String bucket) {
        return bucket(bucket).take(clock.instant(), false);
    }

    /** Empties a bucket, so the next request answers 429 until it refills. */
    public void drain(String bucket) {
        bucket(bucket).drain(clock.instant());
    }

    private Bucket bucket(String key) {
        return buckets.computeIfAbsent(key, k -> new Bucket(clock.instant()));
    }

    private final class Bucket {
        private double points = capacity;
        private Instant updated;

        Bucket(Instant now) {
            this.updated = now;
        }

        synchronized Decision take(Instant now, boolean consume) {
            refill(now);
            boolean allowed = points >= 1;
            if (allowed && consume) {
                points -= 1;
            }
            return new Decision(allowed || !consume, capacity, (int) Math.floor(points), resetAt(now));
        }

        synchronized void drain(Instant now) {
            refill(now);
            points = 0;
        }

        private void refill(Instant now) {
            if (now.isAfter(updated)) {
                double perNano = (double) capacity / window.toNanos();
                points = Math.min(capacity, points + perNano * Duration.between(updated, now).toNanos());
                updated = now;
            }
        }

        /** When the bucket is full again, in whole epoch seconds rounded up. */
        private long resetAt(Instant now) {
            double missing = capacity - points;
            long nanos = (long) Math.ceil(missing / capacity * window.toNanos());
            Instant full = now.plusNanos(nanos);
            return full.getNano() == 0 ? full.getEpochSecond() : full.getEpochSecond() + 1;
        }
    }
}
