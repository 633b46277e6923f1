package dev.twitchkit.mock.oauth;

import static dev.twitchkit.mock.oauth.TestHttp.pairs;
import static dev.twitchkit.mock.oauth.TokenGrantTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code GET /oauth2/authorize} and the authorization code grant, including the implicit grant's redirect. */
class AuthorizationCodeGrantTest {
    static final String CALLBACK = "http://localhost:3000/callback";
    static MockTwitch twitch;
    static final TestHttp http = new TestHttp();

    @BeforeAll
    static void start() {
        twitch = MockTwitch.builder().defaultLogin("consenting_user").start();
    }

    @AfterAll
    static void stop() {
        twitch.close();
    }

    @Test
    void authorizeRedirectsWithCodeScopeAndStateAndTheCodeBuysAUserToken() {
        TestHttp.Response redirect = authorize("code", CALLBACK, "user:read:chat user:write:chat", "st4te", null);

        assertThat(redirect.status()).isEqualTo(302);
        String location = redirect.header("Location").orElseThrow();
        assertThat(location).startsWith(CALLBACK + "?");
        Map<String, String> params = query(URI.create(location).getRawQuery());
        assertThat(params).containsEntry("scope", "user:read:chat user:write:chat").containsEntry("state", "st4te");

        TestHttp.Response token = exchange(params.get("code"), twitch.clientSecret(), CALLBACK);
        assertThat(token.status()).isEqualTo(200);
        JsonNode body = token.json();
        assertThat(body.get("refresh_token").asString()).isNotBlank();
        assertThat(body.get("scope").valueStream().map(JsonNode::asString))
                .containsExactly("user:read:chat", "user:write:chat");
        assertThat(login(body.get("access_token").asString())).isEqualTo("consenting_user");

        assertError(exchange(params.get("code"), twitch.clientSecret(), CALLBACK), 400, "Invalid authorization code");
    }

    @Test
    void theLoginParameterPicksTheUser() {
        MockUser chosen = twitch.createUser("chosen_one");
        String code = codeFrom(authorize("code", CALLBACK, "chat:read", "s", "chosen_one"));
        JsonNode body = exchange(code, twitch.clientSecret(), CALLBACK).json();
        assertThat(login(body.get("access_token").asString())).isEqualTo(chosen.login());
    }

    @Test
    void exchangingNeedsTheRightSecretAndRedirectUri() {
        assertError(exchange(codeFrom(authorize("code", CALLBACK, "", "s", null)), "wrong", CALLBACK),
                403, "invalid client secret");
        assertError(exchange(codeFrom(authorize("code", CALLBACK, "", "s", null)), twitch.clientSecret(),
                "http://localhost:3000/other"), 400, "Parameter redirect_uri does not match registered URI");
        assertError(exchange("made-up", twitch.clientSecret(), CALLBACK), 400, "Invalid authorization code");
        assertError(http.postForm(URI.create(twitch.urls().oauth() + "/token"), pairs("client_id", twitch.clientId(),
                "grant_type", "authorization_code", "code", "x", "redirect_uri", CALLBACK)),
                400, "missing client secret");
    }

    @Test
    void aCodeExpiresAfterTenMinutesOnTheMocksClock() {
        try (MockTwitch own = MockTwitch.start()) {
            URI uri = URI.create(own.urls().oauth() + "/authorize?response_type=code&client_id=" + own.clientId()
                    + "&redirect_uri=" + enc(CALLBACK) + "&scope=&state=s");
            String code = codeFrom(http.get(uri));
            own.clock().advance(Duration.ofMinutes(10));
            TestHttp.Response late = http.postForm(URI.create(own.urls().oauth() + "/token"), pairs(
                    "client_id", own.clientId(), "client_secret", own.clientSecret(),
                    "grant_type", "authorization_code", "code", code, "redirect_uri", CALLBACK));
            assertError(late, 400, "Invalid authorization code");
        }
    }

    @Test
    void badClientsAndRedirectUrisAre400sNotRedirects() {
        assertError(http.get(URI.create(twitch.urls().oauth() + "/authorize?response_type=code&client_id=nope"
                + "&redirect_uri=" + enc(CALLBACK))), 400, "invalid client");
        assertError(authorize("code", "https://evil.example.com/cb", "", "s", null),
                400, "Parameter redirect_uri does not match registered URI");
        assertError(authorize("code", null, "", "s", null),
                400, "Parameter redirect_uri does not match registered URI");
    }

    @Test
    void onceRegisteredOnlyExactRedirectUrisPass() {
        try (MockTwitch own = MockTwitch.start()) {
            own.registerRedirectUri("https://bot.example.com/callback");
            URI good = URI.create(own.urls().oauth() + "/authorize?response_type=code&client_id=" + own.clientId()
                    + "&redirect_uri=" + enc("https://bot.example.com/callback"));
            URI loopback = URI.create(own.urls().oauth() + "/authorize?response_type=code&client_id="
                    + own.clientId() + "&redirect_uri=" + enc(CALLBACK));
            assertThat(http.get(good).status()).isEqualTo(302);
            assertThat(http.get(loopback).status()).isEqualTo(400);
        }
    }

    @Test
    void aRefusalAndABadResponseTypeRedirectWithAnError() {
        twitch.denyNextAuthorization();
        Map<String, String> denied = query(URI.create(
                authorize("code", CALLBACK, "", "abc", null).header("Location").orElseThrow()).getRawQuery());
        assertThat(denied).containsEntry("error", "access_denied").containsEntry("state", "abc")
                .doesNotContainKey("code");

        Map<String, String> unsupported = query(URI.create(
                authorize("id_token", CALLBACK, "", "abc", null).header("Location").orElseThrow()).getRawQuery());
        assertThat(unsupported).containsEntry("error", "unsupported_response_type");

        assertThat(authorize("code", CALLBACK, "", "abc", null).header("Location").orElseThrow())
                .as("a refusal is used up once").contains("code=");
    }

    @Test
    void theImplicitGrantPutsTheTokenInTheFragment() {
        String location = authorize("token", CALLBACK, "chat:read", "frag", null).header("Location").orElseThrow();
        Map<String, String> fragment = query(URI.create(location).getRawFragment());
        assertThat(fragment).containsEntry("token_type", "bearer").containsEntry("state", "frag")
                .containsKey("access_token");
        assertThat(login(fragment.get("access_token"))).isEqualTo("consenting_user");
    }

    private TestHttp.Response authorize(String responseType, String redirectUri, String scope, String state,
                                        String login) {
        StringBuilder uri = new StringBuilder(twitch.urls().oauth() + "/authorize?response_type=" + responseType
                + "&client_id=" + twitch.clientId() + "&scope=" + enc(scope) + "&state=" + enc(state)
                + "&force_verify=true");
        if (redirectUri != null) {
            uri.append("&redirect_uri=").append(enc(redirectUri));
        }
        if (login != null) {
            uri.append("&login=").append(enc(login));
        }
        return http.get(URI.create(uri.toString()));
    }

    private TestHttp.Response exchange(String code, String secret, String redirectUri) {
        return http.postForm(URI.create(twitch.urls().oauth() + "/token"), pairs("client_id", twitch.clientId(),
                "client_secret", secret, "grant_type", "authorization_code", "code", code,
                "redirect_uri", redirectUri));
    }

    private String login(String accessToken) {
        return http.get(URI.create(twitch.urls().oauth() + "/validate"), "Authorization", "OAuth " + accessToken)
                .json().get("login").asString();
    }

    private static String codeFrom(TestHttp.Response redirect) {
        assertThat(redirect.status()).as(redirect.body()).isEqualTo(302);
        return query(URI.create(redirect.header("Location").orElseThrow()).getRawQuery()).get("code");
    }

    static Map<String, String> query(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
