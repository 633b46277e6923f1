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

            twitch.clearHelixRequests();
            for (int i = 0; i < 6; i++) {
                assertThat(await(api.users().me()).id()).isEqualTo(streamer.id());
            }

            // Six calls on a two-point bucket: with no 429 retry allowed, each succeeded only because the client
            // waited for the refill before sending; the mock saw each call once, none refused.
            assertThat(twitch.helixRequests()).hasSize(6);
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

            twitch.clearHelixRequests();
            Throwable error = AppTestSupport.failure(api.users().me());

            assertThat(error).isInstanceOf(RateLimitedException.class).hasMessageContaining("longer than the allowed");
            assertThat(twitch.helixRequests()).as("failed without sending").isEmpty();
        }
    }
}
