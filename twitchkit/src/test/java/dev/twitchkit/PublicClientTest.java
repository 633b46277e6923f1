package dev.twitchkit;

import static dev.twitchkit.AppTestSupport.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.twitchkit.auth.AuthorizationCodeFlow;
import dev.twitchkit.auth.ClientSecretRequiredException;
import dev.twitchkit.auth.DeviceCodeFlow;
import dev.twitchkit.auth.InvalidTokenException;
import dev.twitchkit.auth.OAuthToken;
import dev.twitchkit.auth.Scope;
import dev.twitchkit.auth.ScopeSet;
import dev.twitchkit.auth.Token;
import dev.twitchkit.eventsub.EventSubTestAccess;
import dev.twitchkit.eventsub.event.ChannelChatMessageEvent;
import dev.twitchkit.eventsub.event.Notification;
import dev.twitchkit.helix.HelixApi;
import dev.twitchkit.mock.MockClient;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An application built with the client id only (a public client) against a mock that knows it as public: the
 * device code login, refreshes without a secret, and a clear refusal of everything that needs the app token.
 */
class PublicClientTest {
    private MockTwitch twitch;
    private MockClient client;
    private MockUser viewer;

    @BeforeEach
    void start() {
        twitch = EventSubTestAccess.fastMock().deviceInterval(Duration.ofMillis(50)).start();
        client = twitch.registerPublicClient("desktop bot");
        viewer = twitch.createUser("viewer");
    }

    @AfterEach
    void stop() {
        twitch.close();
    }

    @Test
    void logsInByDeviceCodeAndRefreshesWithoutASecret() {
        try (App app = AppTestSupport.builder(twitch, client.clientId(), null).build()) {
            await(app.authorize());
            assertThat(app.isPublicClient()).isTrue();
            assertThat(app.getToken(client.clientId())).as("no app token for a public client").isEmpty();
            assertThat(twitch.tokenRequestCount()).as("nothing asked of the token endpoint").isZero();

            OAuthToken granted = await(deviceCodeLogin(app));
            HelixApi user = await(app.addUser(granted.accessToken(), granted.refreshToken()));
            assertThat(user.tokenKey()).isEqualTo(viewer.id());

            Token before = app.getToken(viewer.id()).orElseThrow();
            await(app.maintenance().refresh(viewer.id()));
            Token after = app.getToken(viewer.id()).orElseThrow();
            assertThat(after.accessToken()).isNotEqualTo(before.accessToken());
            assertThat(twitch.refreshCount(viewer.id())).as("the mock refreshes without a secret only for a public"
                    + " client").isEqualTo(1);

            twitch.expireToken(after.accessToken());
            assertThat(await(user.users().getUsers(List.of(viewer.id()), List.of())))
                    .as("a Helix 401 refreshes without a secret and retries").hasSize(1);
            assertThat(twitch.refreshCount(viewer.id())).isEqualTo(2);
        }
    }

    @Test
    void aPublicBotStartsAndReceivesWithoutAnyAppToken() {
        MockUser bot = twitch.issueToken(client, viewer.id(), "user:read:chat", "user:write:chat");
        List<Notification<ChannelChatMessageEvent>> messages = new CopyOnWriteArrayList<>();
        try (ClientUser user = ClientUser.builder(client.clientId()).urls(AppTestSupport.urls(twitch))
                .clock(twitch.clock()).tokenMaintenance(false).build()) {
            user.on(ChannelChatMessageEvent.class, messages::add);
            await(user.start(bot.accessToken(), bot.refreshToken()));
            await(user.eventsub().channelChatMessage());

            twitch.trigger("channel.chat.message").to(viewer).send();

            EventSubTestAccess.awaitTrue("the chat message", () -> messages.size() == 1);
            assertThat(twitch.tokenRequestCount()).as("no client credentials request").isZero();
            assertThat(user.toString()).contains("public client");
        }
    }

    @Test
    void everythingThatNeedsTheAppTokenIsRefusedAtOnceNamingTheSecret() {
        String id = client.clientId();
        try (App app = AppTestSupport.builder(twitch, id, null).build()) {
            assertThatThrownBy(app::application).isInstanceOf(ClientSecretRequiredException.class)
                    .hasMessage("Helix as the application (application(), on the app access token) needs the client"
                            + " secret, and this application has none (a public client, built with the client id"
                            + " only); give it to App.builder(clientId, clientSecret)");
            assertThatThrownBy(() -> app.oauth().clientCredentials()).isInstanceOf(ClientSecretRequiredException.class)
                    .hasMessageStartingWith("the client credentials grant (an app access token) needs the client"
                            + " secret");
            assertThatThrownBy(() -> AuthorizationCodeFlow.builder(app.oauth())
                    .redirectUri(URI.create("http://localhost:3000/")).openBrowser(uri -> { }).build())
                    .isInstanceOf(ClientSecretRequiredException.class)
                    .hasMessageContaining("a public client logs users in with the DeviceCodeFlow");
        }
        assertThatThrownBy(() -> ClientApp.builder(id, null)).isInstanceOf(ClientSecretRequiredException.class)
                .hasMessageStartingWith("ClientApp (it runs on the app access token) needs the client secret")
                .hasMessageEndingWith("give it to ClientApp.builder(clientId, clientSecret)");
        assertThatThrownBy(() -> MultiShardClientApp.builder(id, null))
                .hasMessageEndingWith("give it to MultiShardClientApp.builder(clientId, clientSecret)");
        assertThatThrownBy(() -> WebhookClient.builder(id, null)).isInstanceOf(ClientSecretRequiredException.class)
                .hasMessageEndingWith("give it to WebhookClient.builder(clientId, clientSecret)");
        assertThatThrownBy(() -> ClientUser.builder(id).appToken("given-app-token").build())
                .isInstanceOf(ClientSecretRequiredException.class)
                .hasMessageEndingWith("give it to the builder: ClientUser.builder(clientId, clientSecret)");
        assertThat(twitch.tokenRequestCount()).as("nothing reached Twitch").isZero();
    }

    @Test
    void aBlankSecretIsAMistakeNotAPublicClient() {
        assertThatThrownBy(() -> App.builder(client.clientId(), " ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("clientSecret is blank; give the secret, or null (or builder(clientId)) for a public"
                        + " client");
    }

    @Test
    void theMockRefusesASecretlessRefreshOfAConfidentialClientsToken() {
        MockUser confidential = twitch.createUser("confidential");
        try (App app = AppTestSupport.builder(twitch, twitch.clientId(), null).build()) {
            await(app.addUser(confidential.accessToken(), confidential.refreshToken()));
            assertThat(AppTestSupport.failure(app.maintenance().refresh(confidential.id())))
                    .isInstanceOf(InvalidTokenException.class)
                    .cause().hasMessage("Twitch OAuth error 400: missing client secret");
        }
    }

    private CompletableFuture<OAuthToken> deviceCodeLogin(App app) {
        return DeviceCodeFlow.builder(app.oauth())
                .scopes(ScopeSet.of(Scope.USER_READ_CHAT))
                .pollInterval(Duration.ofMillis(60))
                .onCode(code -> twitch.approveDevice(code.userCode(), viewer.id()))
                .build().start();
    }
}
