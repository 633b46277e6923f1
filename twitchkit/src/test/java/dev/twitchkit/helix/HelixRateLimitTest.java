package dev.twitchkit.helix;

import static dev.twitchkit.AppTestSupport.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.App;
import dev.twitchkit.AppTestSupport;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The per-token bucket against the mock's rate limit (a small bucket refilling over one second). */
class HelixRateLimitTest {

    @Test
    void anEmptyBucketIsWaitedOutBeforeSending() {
        try (MockTwitch twitch = MockTwitch.builder().rateLimit(2, Duration.ofSeconds(1)).start();
             // No 429 retries allowed: had the client sent on the empty bucket, the caller would see a 429.
             App app = AppTestSupport.builder(twitch).helixSettings(new HelixSettings(Duration.ofSeconds(5), 0,
                     Duration.ofMillis(10), Duration.ofMillis(10), 0, Duration.ofSeconds(5))).build()) {
            MockUser streamer = twitch.createUser("streamer");
            HelixApi api = await(app.addUser(streamer.accessToken(), streamer.refreshToken()));

            long start = System.nanoTime();
            for (int i = 0; i < 6; i++) {
                assertThat(await(api.users().me()).id()).isEqualTo(streamer.id());
            }
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            // Six calls on a two-point bucket must have waited for refills.
            assertThat(took).isGreaterThan(Duration.ofMillis(500));
            assertThat(app.getTokenQuota(streamer.id())).isPresent();
        }
    }

    @Test
    void a429OnADrainedBucketIsWaitedOutAndRetriedWithoutTheCallerSeeingIt() {
        try (MockTwitch twitch = MockTwitch.builder().rateLimit(5, Duration.ofSeconds(1)).start();
             App app = AppTestSupport.builder(twitch).build()) {
            MockUser streamer = twitch.createUser("streamer");
            HelixApi api = await(app.addUser(streamer.accessToken(), streamer.refreshToken()));
            await(api.users().me());
            twitch.drainRateLimit(streamer.id());

            assertThat(await(api.users().me()).id()).isEqualTo(streamer.id());
            assertThat(app.getTokenQuota(streamer.id()).orElseThrow()).isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void aBucketEmptyForLongerThanTheAllowedWaitFailsFast() {
        try (MockTwitch twitch = MockTwitch.builder().rateLimit(1, Duration.ofMinutes(10)).start();
             App app = AppTestSupport.builder(twitch).build()) {
            MockUser streamer = twitch.createUser("streamer");
            HelixApi api = await(app.addUser(streamer.accessToken(), streamer.refreshToken()));
            await(api.users().me());

            long start = System.nanoTime();
            Throwable error = AppTestSupport.failure(api.users().me());

            assertThat(error).isInstanceOf(RateLimitedException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        }
    }
}
