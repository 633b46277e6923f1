package dev.twitchkit;

import dev.twitchkit.helix.HelixSettings;
import dev.twitchkit.mock.MockTwitch;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

/** Wiring shared by the tests that run an {@link App} against the embedded mock. */
public final class AppTestSupport {
    /** Short retries so failure paths take milliseconds. */
    public static final HelixSettings FAST = new HelixSettings(Duration.ofSeconds(5), 3, Duration.ofMillis(10),
            Duration.ofMillis(50), 3, Duration.ofSeconds(5));

    private AppTestSupport() {
    }

    public static TwitchUrls urls(MockTwitch twitch) {
        return TwitchUrls.forMock(twitch.urls().base());
    }

    /** An App pointed at the mock, on the mock's clock, with background maintenance off. */
    public static App.Builder<?> builder(MockTwitch twitch) {
        return builder(twitch, twitch.clientId(), twitch.clientSecret());
    }

    /** An App of another application registered with the mock ({@code MockTwitch.registerClient}). */
    public static App.Builder<?> builder(MockTwitch twitch, String clientId, String clientSecret) {
        return App.builder(clientId, clientSecret)
                .urls(urls(twitch))
                .clock(twitch.clock())
                .helixSettings(FAST)
                .tokenMaintenance(false);
    }

    /** Joins with a timeout so a hung future fails the test instead of hanging it. */
    public static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get(10, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new CompletionException(e.getCause());
        } catch (Exception e) {
            throw new AssertionError("future did not complete: " + e, e);
        }
    }

    /** The cause a failed future failed with. */
    public static Throwable failure(CompletableFuture<?> future) {
        try {
            future.get(10, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            return e.getCause();
        } catch (Exception e) {
            throw new AssertionError("future did not fail in time: " + e, e);
        }
        throw new AssertionError("future succeeded but was expected to fail");
    }
}
