package dev.twitchkit.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class RateBucketTest {
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T00:00:00Z"));
    private final InstantSource clock = () -> now.get();

    private static Response headers(int limit, int remaining, long reset) {
        return new Response(200, HttpHeaders.of(Map.of("Ratelimit-Limit", List.of("" + limit),
                "Ratelimit-Remaining", List.of("" + remaining), "Ratelimit-Reset", List.of("" + reset)),
                (a, b) -> true), "");
    }

    @Test
    void unknownBucketNeverWaits() {
        RateBucket bucket = new RateBucket(clock);
        assertThat(bucket.reserve()).isZero();
        assertThat(bucket.remaining()).isEmpty();
    }

    @Test
    void takesPointsUpFrontAndWaitsForTheResetWhenEmpty() {
        RateBucket bucket = new RateBucket(clock);
        long reset = now.get().getEpochSecond() + 30;
        bucket.update(headers(800, 2, reset));

        assertThat(bucket.reserve()).isZero();
        assertThat(bucket.reserve()).isZero();
        assertThat(bucket.reserve()).isEqualTo(Duration.ofSeconds(30));

        now.set(Instant.ofEpochSecond(reset));
        assertThat(bucket.reserve()).isZero();
        assertThat(bucket.remaining()).hasValue(799);
    }

    @Test
    void missingHeadersChangeNothing() {
        RateBucket bucket = new RateBucket(clock);
        bucket.update(new Response(500, HttpHeaders.of(Map.of(), (a, b) -> true), ""));
        assertThat(bucket.remaining()).isEmpty();
        assertThat(bucket.untilReset()).isZero();
    }
}
