package dev.twitchkit.helix;

import static dev.twitchkit.AppTestSupport.await;
import static dev.twitchkit.AppTestSupport.failure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.App;
import dev.twitchkit.AppTestSupport;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The core's two additions for public, non-JSON endpoints: {@code Builder.text()} and {@link TokenType#NONE}. */
class TextAnswerTest {
    private static final Endpoint<String> USERS_AS_TEXT = Endpoint.declare("Test", "Users as text", "x")
            .route("GET", "/users").text();
    private static final Endpoint<String> USERS_WITHOUT_TOKEN = Endpoint.declare("Test", "Users without token", "x")
            .route("GET", "/users").tokens(TokenType.NONE).text();

    private static MockTwitch twitch;
    private static App app;
    private static MockUser user;
    private static HelixApi api;

    @BeforeAll
    static void start() {
        twitch = MockTwitch.start();
        app = AppTestSupport.builder(twitch).build();
        user = twitch.createUser("texter");
        api = await(app.addUser(user.accessToken(), user.refreshToken()));
    }

    @AfterAll
    static void stop() {
        app.close();
        twitch.close();
    }

    @Test
    void aTextEndpointHandsOverTheBodyAsItCameUndecoded() {
        String body = await(USERS_AS_TEXT.call(api, HelixQuery.create().add("id", user.id()), null));

        assertThat(body).startsWith("{\"data\":[").contains("\"login\":\"texter\"");
    }

    @Test
    void anEndpointNeedingNoTokenIsSentWithoutCredentialsAndNeverRefreshes() {
        Throwable error = failure(USERS_WITHOUT_TOKEN.call(api, null, null));

        // The mock's gated /users proves what was sent: no Authorization header at all.
        assertThat(error).isInstanceOf(UnauthorizedException.class).hasMessageContaining("OAuth token is missing");
        assertThat(twitch.refreshCount(user.id())).isZero();
        assertThat(USERS_WITHOUT_TOKEN.pageSize()).isZero();
    }
}
