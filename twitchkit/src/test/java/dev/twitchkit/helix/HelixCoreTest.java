package dev.twitchkit.helix;

import static dev.twitchkit.AppTestSupport.await;
import static dev.twitchkit.AppTestSupport.failure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.App;
import dev.twitchkit.AppTestSupport;
import dev.twitchkit.auth.Scope;
import dev.twitchkit.helix.users.User;
import dev.twitchkit.mock.MockHelixRequest;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What every endpoint gets from the core: checks before a request, split lookups, the escape hatch. */
class HelixCoreTest {
    private static final ListEndpoint<User> USER_ONLY = Endpoint.declare("Test", "User-only Get Users", "x")
            .route("GET", "/users").userToken().list(User.class, 100);
    private static final ListEndpoint<User> APP_ONLY = Endpoint.declare("Test", "App-only Get Users", "x")
            .route("GET", "/users").appToken().list(User.class, 100);

    private static MockTwitch twitch;
    private static App app;
    private static MockUser streamer;
    private static MockUser viewer;
    private static HelixApi streamerApi;
    private static HelixApi viewerApi;

    @BeforeAll
    static void start() {
        twitch = MockTwitch.start();
        app = AppTestSupport.builder(twitch).build();
        await(app.authorize());
        streamer = twitch.createUser("Streamer", "user:write:chat");
        viewer = twitch.createUser("viewer");
        streamerApi = await(app.addUser(streamer.accessToken(), streamer.refreshToken()));
        viewerApi = await(app.addUser(viewer.accessToken(), viewer.refreshToken()));
    }

    @AfterAll
    static void stop() {
        app.close();
        twitch.close();
    }

    @BeforeEach
    void forgetRequests() {
        twitch.clearHelixRequests();
    }

    @Test
    void lookupsOfMoreThanOneHundredAreSplitIntoCallsOfOneHundredAndMergedInOrder() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            ids.add(twitch.createUser("bulk" + i).id());
        }

        List<User> users = await(streamerApi.users().byIds(ids));

        assertThat(users).extracting(User::id).containsExactlyElementsOf(ids);
        assertThat(twitch.helixRequests()).extracting(r -> r.params("id").size()).containsExactly(100, 50);
    }

    @Test
    void aTokenKnownToLackTheScopeFailsWithoutARequest() {
        Throwable error = failure(viewerApi.chat().sendChatMessage(streamer.id(), viewer.id(), "hi"));

        assertThat(error).isInstanceOf(MissingScopeException.class).isInstanceOf(UnauthorizedException.class)
                .hasMessageContaining("user:write:chat");
        assertThat(((HelixException) error).requiredScopes()).containsExactly(Scope.USER_WRITE_CHAT);
        assertThat(twitch.helixRequests()).isEmpty();
    }

    @Test
    void aForbiddenAnswerToATokenThatHasTheScopeDoesNotBlameTheScope() {
        twitch.failNextHelixRequests(1, 403, "The user is banned from this channel");

        Throwable error = failure(streamerApi.chat().sendChatMessage(streamer.id(), streamer.id(), "hi"));

        assertThat(error).isInstanceOf(ForbiddenException.class).hasMessageContaining("banned")
                .hasMessageNotContaining("needs");
        assertThat(((HelixException) error).requiredScopes()).isEmpty();
    }

    @Test
    void aTokenWhoseScopesAreUnknownIsSentAndTwitchsAnswerNamesTheScope() {
        MockUser stranger = twitch.createUser("stranger");
        HelixApi unvalidated = app.addToken(stranger.id(), stranger.accessToken(), stranger.refreshToken());

        Throwable error = failure(unvalidated.chat().sendChatMessage(streamer.id(), stranger.id(), "hi"));

        assertThat(error).isInstanceOf(UnauthorizedException.class).isNotInstanceOf(MissingScopeException.class)
                .hasMessageContaining("the endpoint needs user:write:chat");
        assertThat(twitch.helixRequests()).extracting(MockHelixRequest::route).contains("POST /chat/messages");
    }

    @Test
    void theWrongTokenTypeFailsWithoutARequest() {
        assertThat(failure(USER_ONLY.data(app.application(), null, null)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("needs a user access token");
        assertThat(failure(APP_ONLY.data(streamerApi, null, null)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("app access token");
        assertThat(twitch.helixRequests()).isEmpty();
    }

    @Test
    void theUserBoundDefaultIsTheTokensUserAndTheAppTokenHasNone() {
        assertThat(streamerApi.userId()).isEqualTo(streamer.id());
        assertThat(streamerApi.isAppToken()).isFalse();
        assertThat(app.application().isAppToken()).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> app.application().userId())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("app token");
    }

    @Test
    void anEndpointTwitchkitDoesNotKnowIsCalledThroughTheEscapeHatch() {
        JsonNode answer = await(streamerApi.call("GET", "/users", HelixQuery.create().add("login", "viewer"), null,
                JsonNode.class));

        assertThat(answer.get("data").get(0).get("id").asString()).isEqualTo(viewer.id());
        MockHelixRequest request = twitch.helixRequests().get(0);
        assertThat(request.route()).isEqualTo("GET /users");
        assertThat(request.params("login")).containsExactly("viewer");
        assertThat(request.userId()).isEqualTo(streamer.id());

        Throwable error = failure(streamerApi.call("GET", "/no/such/endpoint", null, null, JsonNode.class));
        assertThat(error).isInstanceOf(NotFoundException.class);
    }
}
