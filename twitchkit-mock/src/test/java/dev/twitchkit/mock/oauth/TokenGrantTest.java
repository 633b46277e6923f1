package dev.twitchkit.mock.oauth;

import static dev.twitchkit.mock.oauth.TestHttp.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.mock.MockClient;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code POST /oauth2/token}: client credentials and refresh grants, and the id server's errors. */
class TokenGrantTest {
    static MockTwitch twitch;
    static final TestHttp http = new TestHttp();

    @BeforeAll
    static void start() {
        twitch = MockTwitch.start();
    }

    @AfterAll
    static void stop() {
        twitch.close();
    }

    static URI token() {
        return URI.create(twitch.urls().oauth() + "/token");
    }

    @Test
    void clientCredentialsGivesAnAppTokenWithTwitchFields() {
        TestHttp.Response response = http.postForm(token(), pairs("client_id", twitch.clientId(),
                "client_secret", twitch.clientSecret(), "grant_type", "client_credentials"));

        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("access_token").asString()).hasSize(30);
        assertThat(body.get("token_type").asString()).isEqualTo("bearer");
        assertThat(body.get("expires_in").asLong()).isPositive();
        assertThat(body.has("refresh_token")).isFalse();

        JsonNode validated = http.get(URI.create(twitch.urls().oauth() + "/validate"),
                "Authorization", "OAuth " + body.get("access_token").asString()).json();
        assertThat(validated.get("client_id").asString()).isEqualTo(twitch.clientId());
        assertThat(validated.has("user_id")).isFalse();
    }

    @Test
    void theTwitchCliLayoutAndQueryStringParametersWorkToo() {
        URI cliToken = URI.create("http://" + twitch.settings().host() + ":" + twitch.port()
                + "/auth/token?client_id=" + twitch.clientId() + "&client_secret=" + twitch.clientSecret()
                + "&grant_type=client_credentials");
        TestHttp.Response response = http.postForm(cliToken, pairs());
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().has("access_token")).isTrue();
    }

    @Test
    void badClientsGetTheIdServersErrors() {
        assertError(http.postForm(token(), pairs("client_secret", "x", "grant_type", "client_credentials")),
                400, "missing client id");
        assertError(http.postForm(token(), pairs("client_id", "nope", "client_secret", "x",
                "grant_type", "client_credentials")), 400, "invalid client");
        assertError(http.postForm(token(), pairs("client_id", twitch.clientId(), "client_secret", "wrong",
                "grant_type", "client_credentials")), 403, "invalid client secret");
        assertError(http.postForm(token(), pairs("client_id", twitch.clientId(),
                "grant_type", "client_credentials")), 400, "missing client secret");
        assertError(http.postForm(token(), pairs("client_id", twitch.clientId())), 400, "missing grant_type");
        assertError(http.postForm(token(), pairs("client_id", twitch.clientId(), "grant_type", "password")),
                400, "unsupported grant_type");
    }

    @Test
    void aMalformedFormBodyIsA400WithTheIdServersBody() {
        TestHttp.Response response = http.send(HttpRequest.newBuilder(token())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=%zz&client_id=%")));
        assertError(response, 400, "Malformed URL encoding");
    }

    @Test
    void refreshRotatesBothTokensAndTheOldRefreshTokenStopsWorking() {
        MockUser user = twitch.createUser("refresher", "chat:read", "user:write:chat");

        TestHttp.Response first = refresh(user.refreshToken());
        assertThat(first.status()).isEqualTo(200);
        JsonNode body = first.json();
        assertThat(body.get("access_token").asString()).isNotEqualTo(user.accessToken());
        assertThat(body.get("refresh_token").asString()).isNotEqualTo(user.refreshToken());
        assertThat(body.get("token_type").asString()).isEqualTo("bearer");
        assertThat(body.get("expires_in").asLong()).isEqualTo(twitch.settings().tokenTtl().toSeconds());
        assertThat(body.get("scope").valueStream().map(JsonNode::asString))
                .containsExactly("chat:read", "user:write:chat");

        assertError(refresh(user.refreshToken()), 400, "Invalid refresh token");
        assertThat(validate(user.accessToken()).status()).isEqualTo(401);
        assertThat(validate(body.get("access_token").asString()).status()).isEqualTo(200);
        assertThat(refresh(body.get("refresh_token").asString()).status()).isEqualTo(200);
        assertThat(twitch.refreshCount(user.id())).isEqualTo(2);
    }

    @Test
    void aConfidentialClientCannotRefreshWithoutItsSecretNorWithAWrongOne() {
        MockUser user = twitch.createUser("no_secret_refresh");
        assertError(http.postForm(token(), pairs("client_id", twitch.clientId(), "grant_type", "refresh_token",
                "refresh_token", user.refreshToken())), 400, "missing client secret");
        assertError(http.postForm(token(), pairs("client_id", twitch.clientId(), "client_secret", "bad",
                "grant_type", "refresh_token", "refresh_token", user.refreshToken())), 403, "invalid client secret");
        assertThat(refresh(user.refreshToken()).status()).as("the refused attempts left the refresh token valid")
                .isEqualTo(200);
    }

    @Test
    void aPublicClientRefreshesWithoutASecretAndGetsNoAppToken() {
        MockClient publicClient = twitch.registerPublicClient("desktop app");
        MockUser user = twitch.createUser("public_client_user");
        MockUser token = twitch.issueToken(publicClient, user.id(), "chat:read");

        TestHttp.Response refreshed = http.postForm(token(), pairs("client_id", publicClient.clientId(),
                "grant_type", "refresh_token", "refresh_token", token.refreshToken()));
        assertThat(refreshed.status()).as(refreshed.body()).isEqualTo(200);
        assertThat(validate(refreshed.json().get("access_token").asString()).json().get("client_id").asString())
                .isEqualTo(publicClient.clientId());

        assertError(http.postForm(token(), pairs("client_id", publicClient.clientId(), "client_secret", "made-up",
                "grant_type", "refresh_token", "refresh_token", refreshed.json().get("refresh_token").asString())),
                403, "invalid client secret");
        assertError(http.postForm(token(), pairs("client_id", publicClient.clientId(),
                "grant_type", "client_credentials")), 400, "missing client secret");
        assertThat(publicClient.isPublic()).isTrue();
        assertThat(twitch.exportState().clients()).filteredOn(c -> c.id().equals(publicClient.clientId()))
                .singleElement().satisfies(c -> assertThat(c.secret()).isNull());
    }

    @Test
    void unknownRevokedAndMissingRefreshTokensAreRejected() {
        assertError(refresh("not-a-refresh-token"), 400, "Invalid refresh token");
        assertError(http.postForm(token(), pairs("client_id", twitch.clientId(),
                "client_secret", twitch.clientSecret(), "grant_type", "refresh_token")), 400, "missing refresh token");

        MockUser user = twitch.createUser("revoked_refresh");
        twitch.revokeRefreshToken(user.refreshToken());
        assertError(refresh(user.refreshToken()), 400, "Invalid refresh token");
        assertThat(validate(user.accessToken()).status()).as("the access token lives on").isEqualTo(200);
    }

    @Test
    void anExpiredAccessTokenCanStillBeRefreshed() {
        MockUser user = twitch.createUser("expired_then_refreshed");
        twitch.expireToken(user.accessToken());
        assertThat(validate(user.accessToken()).status()).isEqualTo(401);
        assertThat(refresh(user.refreshToken()).status()).isEqualTo(200);
    }

    @Test
    void aScriptedRefreshFailureAnswersOnceThenRefreshingWorks() {
        MockUser user = twitch.createUser("flaky_refresh");
        twitch.failNextRefresh(503, "Service Unavailable");

        assertError(refresh(user.refreshToken()), 503, "Service Unavailable");
        assertThat(refresh(user.refreshToken()).status()).isEqualTo(200);
    }

    @Test
    void concurrentRefreshesWithOneRefreshTokenSucceedExactlyOnce() throws Exception {
        MockUser user = twitch.createUser("racing_refresher");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> refresh(user.refreshToken()).status());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
            assertThat(statuses).containsOnlyOnce(200).filteredOn(s -> s != 200).containsOnly(400);
        } finally {
            pool.shutdownNow();
        }
    }

    private TestHttp.Response refresh(String refreshToken) {
        return http.postForm(token(), pairs("client_id", twitch.clientId(), "client_secret", twitch.clientSecret(),
                "grant_type", "refresh_token", "refresh_token", refreshToken));
    }

    private TestHttp.Response validate(String accessToken) {
        return http.get(URI.create(twitch.urls().oauth() + "/validate"), "Authorization", "OAuth " + accessToken);
    }

    static void assertError(TestHttp.Response response, int status, String message) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        JsonNode body = response.json();
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("message").asString()).isEqualTo(message);
        assertThat(body.has("error")).as("the id server's error body has no 'error' member").isFalse();
    }
}
