package dev.twitchkit.helix;

import static dev.twitchkit.AppTestSupport.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.twitchkit.App;
import dev.twitchkit.AppTestSupport;
import dev.twitchkit.mock.MockHelixRequest;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the end-to-end tests of a Helix group share: one mock and one authorized {@link App} per class, a fresh
 * user (a fresh channel) per test, that user's {@link HelixApi}, and the checks of a limit.
 */
public abstract class HelixGroupTest {
    private static final AtomicInteger USERS = new AtomicInteger();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    protected static MockTwitch twitch;
    protected static App app;

    @BeforeAll
    static void startMockAndApp() {
        twitch = MockTwitch.start();
        app = AppTestSupport.builder(twitch).build();
        await(app.authorize());
    }

    @AfterAll
    static void stopMockAndApp() {
        app.close();
        twitch.close();
    }

    /** A new user whose display name is {@code prefix} plus a number, with {@code scopes}. */
    protected static MockUser newUser(String prefix, String... scopes) {
        return twitch.createUser(prefix + USERS.incrementAndGet(), scopes);
    }

    /** The user's API on the app; the requests of adding the user are forgotten. */
    protected static HelixApi api(MockUser user) {
        HelixApi api = await(app.addUser(user.accessToken(), user.refreshToken()));
        twitch.clearHelixRequests();
        return api;
    }

    /** The one request the mock received since it last forgot them. */
    protected static MockHelixRequest onlyRequest() {
        assertThat(twitch.helixRequests()).hasSize(1);
        return twitch.helixRequests().get(0);
    }

    /** The latest request the mock received. */
    protected static MockHelixRequest lastRequest() {
        return twitch.helixRequests().get(twitch.helixRequests().size() - 1);
    }

    /** A recorded request's JSON body. */
    protected static JsonNode body(MockHelixRequest request) {
        return JSON.readTree(request.body());
    }

    /** {@code call} fails at once with an {@link IllegalArgumentException} whose message names {@code message}. */
    protected static void invalid(ThrowingCallable call, String message) {
        assertThatThrownBy(call).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }
}
