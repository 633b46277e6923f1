package dev.twitchkit;

import static dev.twitchkit.AppTestSupport.await;
import static dev.twitchkit.AppTestSupport.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.twitchkit.auth.InvalidTokenException;
import dev.twitchkit.auth.MissingTokenException;
import dev.twitchkit.auth.Scope;
import dev.twitchkit.auth.TokenListener;
import dev.twitchkit.helix.HelixApi;
import dev.twitchkit.helix.users.User;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AppTest {
    private MockTwitch twitch;
    private App app;

    @BeforeEach
    void start() {
        twitch = MockTwitch.start();
        app = AppTestSupport.builder(twitch).build();
    }

    @AfterEach
    void stop() {
        app.close();
        twitch.close();
    }

    @Test
    void authorizeGetsAnAppTokenByClientCredentialsAndHelixWorksWithIt() {
        MockUser streamer = twitch.createUser("streamer");
        await(app.authorize());

        assertThat(app.getToken(twitch.clientId())).get().satisfies(t -> {
            assertThat(t.app()).isTrue();
            assertThat(t.expiresAt()).isAfter(twitch.clock().instant());
        });
        List<User> users = await(app.application().users().byLogins(List.of("streamer")));
        assertThat(users).extracting(User::id).containsExactly(streamer.id());
        assertThat(app.getTokenQuota(twitch.clientId())).isPresent();
    }

    @Test
    void authorizeValidatesAGivenAppToken() {
        String appToken = twitch.issueAppToken();
        try (App given = AppTestSupport.builder(twitch).appToken(appToken).build()) {
            await(given.authorize());
            assertThat(given.getToken(twitch.clientId()).orElseThrow().accessToken()).isEqualTo(appToken);
            assertThat(twitch.validationCount(appToken)).isEqualTo(1);
        }
    }

    @Test
    void authorizeWithAUserTokenAsAppTokenIsRejected() {
        MockUser user = twitch.createUser("someone");
        try (App wrong = AppTestSupport.builder(twitch).appToken(user.accessToken()).build()) {
            assertThat(failure(wrong.authorize())).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageNotContaining(user.accessToken());
        }
    }

    @Test
    void addUserValidatesAndRecordsScopesLoginAndExpiry() {
        MockUser streamer = twitch.createUser("streamer", "user:read:chat", "user:write:chat", "future:scope");
        HelixApi api = await(app.addUser(streamer.accessToken(), streamer.refreshToken()));

        assertThat(api.tokenKey()).isEqualTo(streamer.id());
        assertThat(app.usersScopes().get(streamer.id()).known())
                .containsExactlyInAnyOrder(Scope.USER_READ_CHAT, Scope.USER_WRITE_CHAT);
        assertThat(app.usersScopes().get(streamer.id()).unknown()).containsExactly("future:scope");
        assertThat(app.getToken(streamer.id()).orElseThrow().login()).isEqualTo("streamer");
        assertThat(app.tokensValidity().get(streamer.id()).lastValidated()).isNotNull();
        assertThat(app.tokensValidity().get(streamer.id()).expiresAt())
                .isCloseTo(streamer.expiresAt(), within(2, ChronoUnit.SECONDS));
        assertThat(await(api.users().me()).login()).isEqualTo("streamer");
    }

    @Test
    void addUserWithAnExpiredAccessTokenRefreshesAndStoresTheRotatedRefreshToken() {
        MockUser streamer = twitch.createUser("streamer");
        twitch.expireToken(streamer.accessToken());

        await(app.addUser(streamer.accessToken(), streamer.refreshToken()));

        var token = app.getToken(streamer.id()).orElseThrow();
        assertThat(token.accessToken()).isNotEqualTo(streamer.accessToken());
        assertThat(token.refreshToken()).isNotEqualTo(streamer.refreshToken());
        assertThat(twitch.refreshCount(streamer.id())).isEqualTo(1);
    }

    @Test
    void addUserFailsClearlyWhenNeitherTokenWorks() {
        MockUser streamer = twitch.createUser("streamer");
        twitch.revokeToken(streamer.accessToken());

        Throwable withRefresh = failure(app.addUser(streamer.accessToken(), streamer.refreshToken()));
        Throwable withoutRefresh = failure(app.addUser(streamer.accessToken(), null));

        assertThat(withRefresh).isInstanceOf(InvalidTokenException.class)
                .hasMessageNotContaining(streamer.accessToken()).hasMessageNotContaining(streamer.refreshToken());
        assertThat(withoutRefresh).isInstanceOf(InvalidTokenException.class);
        assertThat(app.tokens()).doesNotContainKey(streamer.id());
    }

    @Test
    void getUserByIdRejectsTheClientIdAndUnknownUsers() {
        await(app.authorize());
        assertThatThrownBy(() -> app.getUserById(twitch.clientId())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> app.getUserById("404")).isInstanceOf(MissingTokenException.class)
                .hasMessageContaining("404");
    }

    @Test
    void getUserByIdFollowsTheCurrentTokenAcrossARefresh() {
        MockUser streamer = twitch.createUser("streamer");
        await(app.addUser(streamer.accessToken(), streamer.refreshToken()));
        HelixApi api = app.getUserById(streamer.id());

        await(app.maintenance().refresh(streamer.id()));
        // The refresh rotated the token (the mock revokes the old one): the same api object must use the new one.
        assertThat(app.getToken(streamer.id()).orElseThrow().accessToken()).isNotEqualTo(streamer.accessToken());
        assertThat(await(api.users().me()).id()).isEqualTo(streamer.id());
    }

    @Test
    void addTokenStoresWithoutValidationAndRemoveTokenForgetsLocally() {
        MockUser streamer = twitch.createUser("streamer");
        List<String> events = new CopyOnWriteArrayList<>();
        app.addTokenListener(new TokenListener() {
            @Override
            public void onTokenUpdate(String userId) {
                events.add("update " + userId);
            }

            @Override
            public void onTokenRemove(String userId) {
                events.add("remove " + userId);
            }
        });

        app.addToken(streamer.id(), streamer.accessToken(), streamer.refreshToken());
        assertThat(twitch.validationCount(streamer.accessToken())).isZero();
        assertThat(app.tokens()).containsKey(streamer.id());

        app.removeToken(streamer.id());
        assertThat(app.tokens()).doesNotContainKey(streamer.id());
        assertThat(events).containsExactly("update " + streamer.id(), "remove " + streamer.id());
        // Local removal only: Twitch still accepts the token.
        assertThat(await(app.oauth().validate(streamer.accessToken())).userId()).isEqualTo(streamer.id());
    }

    @Test
    void revokeTokenRevokesAtTwitchAndForgets() {
        MockUser streamer = twitch.createUser("streamer");
        await(app.addUser(streamer.accessToken(), streamer.refreshToken()));

        await(app.revokeToken(streamer.id()));

        assertThat(app.tokens()).doesNotContainKey(streamer.id());
        assertThat(failure(app.oauth().validate(streamer.accessToken())))
                .isInstanceOf(dev.twitchkit.auth.OAuthException.class);
        assertThat(failure(app.revokeToken(streamer.id()))).isInstanceOf(MissingTokenException.class);
    }

    @Test
    void toStringAndTokenToStringNeverShowSecrets() {
        MockUser streamer = twitch.createUser("streamer");
        await(app.authorize());
        await(app.addUser(streamer.accessToken(), streamer.refreshToken()));

        String everything = app + " " + app.tokens() + " " + app.getToken(streamer.id()).orElseThrow();
        assertThat(everything).doesNotContain(streamer.accessToken(), streamer.refreshToken(),
                twitch.clientSecret(), app.getToken(twitch.clientId()).orElseThrow().accessToken());
    }

    @Test
    void everyRequestGoesThroughTheGivenProxySelector() {
        List<URI> asked = new CopyOnWriteArrayList<>();
        ProxySelector recording = new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                asked.add(uri);
                return List.of(Proxy.NO_PROXY);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress address, IOException e) {
            }
        };
        try (App proxied = AppTestSupport.builder(twitch).proxy(recording).build()) {
            await(proxied.authorize());
            await(proxied.application().users().byLogins(List.of("x")));
        }
        assertThat(asked).extracting(URI::getPath).anyMatch(p -> p.startsWith("/oauth2"))
                .anyMatch(p -> p.startsWith("/helix"));
    }

    @Test
    void closedAppRefusesWork() {
        app.close();
        assertThatThrownBy(() -> app.authorize()).isInstanceOf(IllegalStateException.class);
    }
}
