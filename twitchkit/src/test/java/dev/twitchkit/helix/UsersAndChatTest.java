package dev.twitchkit.helix;

import dev.twitchkit.helix.chat.ChatMessageDroppedException;
import dev.twitchkit.helix.chat.SentChatMessage;
import dev.twitchkit.helix.users.User;

import static dev.twitchkit.AppTestSupport.await;
import static dev.twitchkit.AppTestSupport.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.twitchkit.App;
import dev.twitchkit.AppTestSupport;
import dev.twitchkit.auth.Scope;
import dev.twitchkit.mock.MockChatMessage;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UsersAndChatTest {
    private MockTwitch twitch;
    private App app;
    private MockUser streamer;
    private MockUser viewer;
    private HelixApi api;

    @BeforeEach
    void start() {
        twitch = MockTwitch.start();
        app = AppTestSupport.builder(twitch).build();
        streamer = twitch.createUser("Streamer", "user:write:chat");
        viewer = twitch.createUser("viewer");
        api = await(app.addUser(streamer.accessToken(), streamer.refreshToken()));
    }

    @AfterEach
    void stop() {
        app.close();
        twitch.close();
    }

    @Test
    void usersByIdsAndLoginsGoAsRepeatedParameters() {
        List<User> users = await(api.users().getUsers(List.of(streamer.id()), List.of("viewer", "nobody")));

        assertThat(users).extracting(User::id).containsExactlyInAnyOrder(streamer.id(), viewer.id());
        User s = users.stream().filter(u -> u.id().equals(streamer.id())).findFirst().orElseThrow();
        assertThat(s.login()).isEqualTo("streamer");
        assertThat(s.displayName()).isEqualTo("Streamer");
        assertThat(s.createdAt()).isNotNull();
        assertThat(await(api.users().byIds(List.of(viewer.id())))).extracting(User::login).containsExactly("viewer");
    }

    @Test
    void sendChatMessageDeliversAndReportsDrops() throws Exception {
        SentChatMessage sent = await(api.chat().sendChatMessage(streamer.id(), streamer.id(), "hello chat"));
        assertThat(sent.isSent()).isTrue();
        assertThat(sent.messageId()).isNotBlank();
        MockChatMessage received = twitch.takeChatMessage(Duration.ofSeconds(2));
        assertThat(received.text()).isEqualTo("hello chat");
        assertThat(received.senderId()).isEqualTo(streamer.id());

        Throwable duplicate = failure(api.chat().sendChatMessage(streamer.id(), streamer.id(), "hello chat"));
        assertThat(duplicate).isInstanceOf(ChatMessageDroppedException.class);
        ChatMessageDroppedException dropped = (ChatMessageDroppedException) duplicate;
        assertThat(dropped.code()).isEqualTo("msg_duplicate");
        assertThat(dropped.reason()).contains("identical");
        assertThat(dropped.route()).isEqualTo("POST /chat/messages");
    }

    @Test
    void aMissingScopeIsUnauthorizedWithoutAUselessRefresh() {
        HelixApi viewerApi = await(app.addUser(viewer.accessToken(), viewer.refreshToken()));

        Throwable error = failure(viewerApi.chat().sendChatMessage(streamer.id(), viewer.id(), "hi"));

        assertThat(error).isInstanceOf(UnauthorizedException.class).hasMessageContaining("scope")
                .hasMessageContaining("the endpoint needs user:write:chat");
        assertThat(((HelixException) error).requiredScopes()).containsExactly(Scope.USER_WRITE_CHAT);
        assertThat(twitch.refreshCount(viewer.id())).isZero();
    }

    @Test
    void messageLengthIsCheckedBeforeSending() {
        assertThatThrownBy(() -> api.chat().sendChatMessage(streamer.id(), streamer.id(), "x".repeat(501)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("500");
    }
}
