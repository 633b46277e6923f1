package dev.twitchkit.auth;

import static dev.twitchkit.AppTestSupport.await;
import static dev.twitchkit.AppTestSupport.failure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.App;
import dev.twitchkit.AppTestSupport;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link TokenListener#onTokenRefreshed} and {@link TokenListener#onTokenRefreshFailed}: one per refresh run. */
class TokenRefreshListenerTest {
    private final List<String> heard = new CopyOnWriteArrayList<>();
    private MockTwitch twitch;
    private App app;
    private MockUser streamer;

    @BeforeEach
    void start() {
        twitch = MockTwitch.start();
        app = AppTestSupport.builder(twitch).build();
        streamer = twitch.createUser("streamer", "user:write:chat");
        await(app.addUser(streamer.accessToken(), streamer.refreshToken()));
        app.addTokenListener(new TokenListener() {
            @Override
            public void onTokenRefreshed(String userId) {
                heard.add("refreshed " + userId);
            }

            @Override
            public void onTokenRefreshFailed(String userId, Throwable cause) {
                heard.add("failed " + userId + " " + cause.getClass().getSimpleName());
            }
        });
    }

    @AfterEach
    void stop() {
        app.close();
        twitch.close();
    }

    @Test
    void aRefreshAfterA401IsAnnouncedOnce() {
        twitch.expireToken(streamer.accessToken());

        await(app.getUserById(streamer.id()).users().me());

        assertThat(heard).containsExactly("refreshed " + streamer.id());
    }

    @Test
    void aRejectedRefreshTokenIsAnnouncedAsAFailure() {
        twitch.revokeRefreshToken(streamer.refreshToken());

        failure(app.maintenance().refresh(streamer.id()));

        assertThat(heard).containsExactly("failed " + streamer.id() + " InvalidTokenException");
    }

    @Test
    void validationsAndAddsAreNoRefreshes() {
        await(app.maintenance().validate(streamer.id()));

        assertThat(heard).isEmpty();
    }
}
