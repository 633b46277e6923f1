package dev.twitchkit.auth;

import static dev.twitchkit.AppTestSupport.await;
import static dev.twitchkit.AppTestSupport.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The authorization code grant end to end: a stand-in browser follows the mock's redirect to the loopback server. */
class AuthorizationCodeFlowTest {
    private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.ALWAYS).build();
    private MockTwitch twitch;
    private OAuthClient oauth;
    private MockUser user;

    @BeforeEach
    void start() {
        twitch = MockTwitch.builder().defaultLogin("viewer").start();
        user = twitch.createUser("viewer");
        oauth = new OAuthClient(twitch.clientId(), twitch.clientSecret(), twitch.urls().oauth(),
                HttpClient.newHttpClient(), Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        twitch.close();
    }

    private AuthorizationCodeFlow.Builder flow(Consumer<URI> openBrowser) {
        return AuthorizationCodeFlow.builder(oauth)
                .redirectUri(URI.create("http://127.0.0.1:0/callback"))
                .scopes(ScopeSet.of(Scope.USER_READ_CHAT))
                .timeout(Duration.ofSeconds(5))
                .openBrowser(openBrowser);
    }

    private HttpResponse<String> get(URI uri) {
        try {
            return browser.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theUserApprovesAndTheCodeIsExchangedForTheirToken() {
        CompletableFuture<URI> opened = new CompletableFuture<>();
        CompletableFuture<OAuthToken> token = flow(uri -> {
            opened.complete(uri);
            CompletableFuture.runAsync(() -> get(uri));
        }).forceVerify(true).build().start();

        OAuthToken result = await(token);

        assertThat(await(oauth.validate(result.accessToken())).userId()).isEqualTo(user.id());
        assertThat(result.refreshToken()).isNotBlank();
        URI authorize = await(opened);
        assertThat(authorize.getPath()).endsWith("/oauth2/authorize");
        assertThat(authorize.getQuery()).contains("force_verify=true", "response_type=code", "scope=user:read:chat",
                "state=");
    }

    @Test
    void aRedirectWithAWrongStateIsRejectedAndTheRealOneStillWorks() {
        CompletableFuture<HttpResponse<String>> forged = new CompletableFuture<>();
        AuthorizationCodeFlow[] holder = new AuthorizationCodeFlow[1];
        holder[0] = flow(uri -> CompletableFuture.runAsync(() -> {
            URI callback = holder[0].redirectUri();
            forged.complete(get(URI.create(callback + "?code=forged&state=not-the-state")));
            get(URI.create(callback + "?code=forged"));
            get(uri);
        })).build();

        OAuthToken result = await(holder[0].start());

        assertThat(await(forged).statusCode()).isEqualTo(400);
        assertThat(holder[0].rejectedCallbacks()).isEqualTo(2);
        assertThat(await(oauth.validate(result.accessToken())).userId()).isEqualTo(user.id());
    }

    @Test
    void aRefusalEndsTheFlow() {
        twitch.denyNextAuthorization();
        Throwable error = failure(flow(uri -> CompletableFuture.runAsync(() -> get(uri))).build().start());
        assertThat(error).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void noRedirectTimesOutAndFreesThePort() throws Exception {
        AuthorizationCodeFlow flow = flow(uri -> { }).timeout(Duration.ofMillis(200)).build();
        assertThat(failure(flow.start())).isInstanceOf(TimeoutException.class);
        // The server stops right after the timeout fires: wait for the port to refuse connections.
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> refused(flow.redirectUri()));
    }

    @Test
    void aNonLoopbackRedirectIsRefused() {
        assertThatThrownBy(() -> AuthorizationCodeFlow.builder(oauth).redirectUri(URI.create("http://example.com/cb")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("loopback");
    }

    private static boolean refused(URI uri) {
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            return false;
        } catch (ConnectException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
