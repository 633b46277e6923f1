package dev.twitchkit.internal.http;

import java.time.InstantSource;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** The {@link RateBucket}s of every token, keyed by user id (or the client id for the app token). */
public final class RateLimiter {
    private final InstantSource clock;
    private final ConcurrentMap<String, RateBucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(InstantSource clock) {
        this.clock = clock;
    }

    public RateBucket bucket(String key) {
        return buckets.computeIfAbsent(key, k -> new RateBucket(clock));
    }

    /** Forgets a token's bucket (the seed forgot to: its buckets leaked). */
    public void remove(String key) {
        buckets.remove(key);
    }

    /** Remaining points of a key's bucket; empty before its first response. */
    public OptionalInt remaining(String key) {
        RateBucket bucket = buckets.get(key);
        return bucket == null ? OptionalInt.empty() : bucket.remaining();
    }
}
