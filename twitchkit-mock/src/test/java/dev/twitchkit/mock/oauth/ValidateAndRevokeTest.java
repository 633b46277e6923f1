package dev.twitchkit.mock.oauth;

import static dev.twitchkit.mock.oauth.TestHttp.pairs;
import static dev.twitchkit.mock.oauth.TokenGrantTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code GET /oauth2/validate} and {@code POST /oauth2/revoke}, and token expiry on the mock's clock. */
class ValidateAndRevokeTest {
    static MockTwitch twitch;
    static final TestHttp http = new TestHttp();

    @BeforeAll
    static void start() {
        twitch = MockTwitch.builder().tokenTtl(Duration.ofHours(4)).start();
    }

    @AfterAll
    static void stop() {
        twitch.close();
    }

    @Test
    void validateDescribesAUserToken() {
        MockUser user = twitch.createUser("Validated", "user:read:chat", "chat:read");

        TestHttp.Response response = validate("OAuth " + user.accessToken());

        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("client_id").asString()).isEqualTo(twitch.clientId());
        assertThat(body.get("login").asString()).isEqualTo("validated");
        assertThat(body.get("user_id").asString()).isEqualTo(user.id());
        assertThat(body.get("scopes").valueStream().map(JsonNode::asString))
                .containsExactly("chat:read", "user:read:chat");
        assertThat(body.get("expires_in").asLong()).isBetween(4 * 3600L - 5, 4 * 3600L);
    }

    @Test
    void validateAcceptsBearerToo() {
        MockUser user = twitch.createUser("bearer_validated");
        assertThat(validate("Bearer " + user.accessToken()).status()).isEqualTo(200);
    }

    @Test
    void anAppTokenHasNoLoginNorUserId() {
        JsonNode body = validate("OAuth " + twitch.issueAppToken()).json();
        assertThat(body.has("login")).isFalse();
        assertThat(body.has("user_id")).isFalse();
        assertThat(body.get("scopes").isArray()).isTrue();
    }

    @Test
    void badOrMissingTokensGet401WithTwitchsBody() {
        assertError(validate("OAuth nosuchtoken"), 401, "invalid access token");
        assertError(validate(null), 401, "missing authorization token");
        assertError(validate("OAuth"), 401, "missing authorization token");
    }

    @Test
    void tokensExpireOnTheMocksClockAndExpiresInCountsDown() {
        try (MockTwitch own = MockTwitch.builder().tokenTtl(Duration.ofHours(2)).start()) {
            MockUser user = own.createUser("clocked");
            URI validate = URI.create(own.urls().oauth() + "/validate");

            own.clock().advance(Duration.ofMinutes(90));
            JsonNode body = http.get(validate, "Authorization", "OAuth " + user.accessToken()).json();
            assertThat(body.get("expires_in").asLong()).isBetween(1795L, 1800L);

            own.clock().advance(Duration.ofMinutes(31));
            TestHttp.Response expired = http.get(validate, "Authorization", "OAuth " + user.accessToken());
            assertError(expired, 401, "invalid access token");
        }
    }

    @Test
    void validationsAreCountedPerTokenAndPerUser() {
        MockUser user = twitch.createUser("counted");
        validate("OAuth " + user.accessToken());
        validate("OAuth " + user.accessToken());
        MockUser second = twitch.issueToken(user.id());
        validate("OAuth " + second.accessToken());

        assertThat(twitch.validationCount(user.accessToken())).isEqualTo(2);
        assertThat(twitch.validationCount(second.accessToken())).isEqualTo(1);
        assertThat(twitch.validationCountOfUser(user.id())).isEqualTo(3);
        assertThat(twitch.validationCount("never-seen")).isZero();
    }

    @Test
    void revokeKillsTheAccessTokenAndItsRefreshToken() {
        MockUser user = twitch.createUser("revoked");

        TestHttp.Response revoked = revoke(twitch.clientId(), user.accessToken());
        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.body()).isEmpty();

        assertThat(validate("OAuth " + user.accessToken()).status()).isEqualTo(401);
        TokenGrantTest.assertError(http.postForm(URI.create(twitch.urls().oauth() + "/token"), pairs("client_id",
                twitch.clientId(), "client_secret", twitch.clientSecret(), "grant_type", "refresh_token",
                "refresh_token", user.refreshToken())), 400, "Invalid refresh token");
        assertError(revoke(twitch.clientId(), user.accessToken()), 400, "Invalid token");
    }

    @Test
    void revokeErrors() {
        MockUser user = twitch.createUser("revoke_errors");
        assertError(revoke("no-such-client", user.accessToken()), 404, "client does not exist");
        assertError(revoke(twitch.clientId(), "unknown"), 400, "Invalid token");
        assertError(http.postForm(URI.create(twitch.urls().oauth() + "/revoke"), pairs("token", "x")),
                400, "missing client id");
        assertThat(validate("OAuth " + user.accessToken()).status()).isEqualTo(200);
    }

    @Test
    void theJavaApiRevokesToo() {
        MockUser user = twitch.createUser("java_revoked");
        twitch.revokeToken(user.accessToken());
        assertThat(validate("OAuth " + user.accessToken()).status()).isEqualTo(401);
        assertThatThrownBy(() -> twitch.revokeToken(user.accessToken()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining(user.accessToken());
    }

    private TestHttp.Response validate(String authorization) {
        URI uri = URI.create(twitch.urls().oauth() + "/validate");
        return authorization == null ? http.get(uri) : http.get(uri, "Authorization", authorization);
    }

    private TestHttp.Response revoke(String clientId, String token) {
        return http.postForm(URI.create(twitch.urls().oauth() + "/revoke"), pairs("client_id", clientId,
                "token", token));
    }
}
