package dev.twitchkit.auth;

import static dev.twitchkit.AppTestSupport.await;
import static dev.twitchkit.AppTestSupport.failure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.App;
import dev.twitchkit.AppTestSupport;
import dev.twitchkit.StderrCapture;
import dev.twitchkit.helix.HelixApi;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Runs every path that handles a secret — client credentials, validation, refresh, 401 mid-call, removal,
 * revocation, Helix errors, both OAuth flows, store failures — with auth and Helix logging at debug, captures
 * every log line, exception message (with causes) and {@code toString}, and searches them for every access
 * token, refresh token, device code and the client secret seen along the way.
 */
class SecretLeakTest {
    private final Set<String> secrets = new LinkedHashSet<>();
    private final List<String> texts = new ArrayList<>();
    private StderrCapture captured;
    private MockTwitch twitch;

    @TempDir
    Path dir;

    @BeforeEach
    void capture() {
        captured = new StderrCapture();
        twitch = MockTwitch.builder().deviceInterval(Duration.ofMillis(40)).start();
        secrets.add(twitch.clientSecret());
    }

    @AfterEach
    void restore() {
        captured.close();
        twitch.close();
    }

    @Test
    void noSecretInLogsExceptionsOrToString() throws Exception {
        assertThat(LoggerFactory.getLogger(TokenMaintenance.class).isDebugEnabled())
                .as("debug logging must be on for this test to mean anything").isTrue();
        Path file = dir.resolve("tokens.json");
        try (App app = AppTestSupport.builder(twitch).tokenStore(new JsonFileTokenStore(file)).build()) {
            app.addTokenListener(new TokenListener() {
                @Override
                public void onTokenUpdate(String userId) {
                    app.getToken(userId).ifPresent(SecretLeakTest.this::remember);
                }
            });
            await(app.authorize());
            remember(app.getToken(twitch.clientId()).orElseThrow());

            MockUser a = user("alice");
            MockUser b = user("bob");
            MockUser c = user("carol");
            HelixApi alice = await(app.addUser(a.accessToken(), a.refreshToken()));
            twitch.expireToken(b.accessToken());
            HelixApi bob = await(app.addUser(b.accessToken(), b.refreshToken()));

            // 401 in the middle of a call, then a refresh and retry.
            twitch.expireToken(app.getToken(a.id()).orElseThrow().accessToken());
            await(alice.users().me());
            // Typed Helix errors, retries and a permanent failure.
            twitch.failNextHelixRequests(1, 400, "Bad thing");
            record(failure(alice.users().me()));
            twitch.failNextHelixRequests(9, 503, "Service Unavailable");
            record(failure(bob.users().me()));
            twitch.failNextHelixRequests(2, 401, "Invalid OAuth token");
            record(failure(bob.users().me()));
            // A dead refresh token: removal.
            String bobAccess = app.getToken(b.id()).orElseThrow().accessToken();
            twitch.revokeToken(bobAccess);
            record(failure(bob.users().me()));
            // addUser failures, revocation, an unknown user.
            record(failure(app.addUser(c.accessToken() + "x", c.refreshToken() + "x")));
            record(failure(app.addUser(bobAccess, null)));
            await(app.addUser(c.accessToken(), c.refreshToken()));
            await(app.revokeToken(c.id()));
            record(failure(app.revokeToken(c.id())));
            record(failure(app.oauth().validate(c.accessToken())));
            record(failure(app.oauth().refresh(c.refreshToken())));

            texts.add(app.toString());
            texts.add(app.tokens().toString());
            texts.add(app.registry().all().toString());
            texts.add(String.valueOf(app.getToken(a.id()).orElseThrow()));
            texts.add(Files.readString(file).isEmpty() ? "" : "file present");
        }

        // A wrong client secret.
        try (App wrong = App.builder(twitch.clientId(), "wrong-secret-value").urls(AppTestSupport.urls(twitch))
                .clock(twitch.clock()).build()) {
            secrets.add("wrong-secret-value");
            record(failure(wrong.authorize()));
        }

        // Both OAuth flows, with a forged callback and slow_down.
        OAuthClient oauth = new OAuthClient(twitch.clientId(), twitch.clientSecret(), twitch.urls().oauth(),
                HttpClient.newHttpClient(), Duration.ofSeconds(5));
        MockUser dave = user("dave");
        CompletableFuture<DeviceCode> shown = new CompletableFuture<>();
        DeviceCodeFlow device = DeviceCodeFlow.builder(oauth).onCode(shown::complete)
                .pollInterval(Duration.ofMillis(10)).slowDownStep(Duration.ofMillis(40)).build();
        CompletableFuture<OAuthToken> deviceToken = device.start();
        DeviceCode code = await(shown);
        secrets.add(code.deviceCode());
        texts.add(code.toString());
        Thread.sleep(150);
        twitch.approveDevice(code.userCode(), dave.id());
        OAuthToken fromDevice = await(deviceToken);
        remember(fromDevice);
        texts.add(fromDevice.toString());

        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.ALWAYS).build();
        AuthorizationCodeFlow[] flow = new AuthorizationCodeFlow[1];
        flow[0] = AuthorizationCodeFlow.builder(oauth).redirectUri(URI.create("http://127.0.0.1:0/cb"))
                .timeout(Duration.ofSeconds(5)).openBrowser(uri -> CompletableFuture.runAsync(() -> {
                    get(browser, URI.create(flow[0].redirectUri() + "?code=forged&state=wrong"));
                    get(browser, uri);
                })).build();
        OAuthToken fromCode = await(flow[0].start());
        remember(fromCode);
        texts.add(fromCode.toString());

        // Store failures.
        Path corrupt = dir.resolve("corrupt.json");
        Files.writeString(corrupt, "{\"tokens\":[{\"user_id\":\"1\",\"access_token\":\"" + fromCode.accessToken());
        record(failure(CompletableFuture.supplyAsync(() -> new JsonFileTokenStore(corrupt).loadAll())));
        JdbcTokenStore h2 = JdbcTokenStore.forUrl("jdbc:h2:file:" + dir.resolve("db").toAbsolutePath());
        String longToken = fromCode.accessToken() + "y".repeat(2000);
        secrets.add(longToken);
        record(failure(CompletableFuture.runAsync(() -> h2.save(Token.ofUser("9", longToken, null)))));

        System.err.flush();
        String logs = captured.text();
        assertThat(logs).as("the scenario must have logged something").contains("refresh");
        assertThat(secrets).hasSizeGreaterThan(10);
        for (String secret : secrets) {
            assertThat(logs).as("logs").doesNotContain(secret);
            for (String text : texts) {
                assertThat(text).as("exception text or toString").doesNotContain(secret);
            }
        }
    }

    private MockUser user(String login) {
        MockUser user = twitch.createUser(login, "user:read:chat");
        secrets.add(user.accessToken());
        secrets.add(user.refreshToken());
        return user;
    }

    private void remember(Token token) {
        secrets.add(token.accessToken());
        if (token.refreshToken() != null) {
            secrets.add(token.refreshToken());
        }
        texts.add(token.toString());
    }

    private void remember(OAuthToken token) {
        secrets.add(token.accessToken());
        if (token.refreshToken() != null) {
            secrets.add(token.refreshToken());
        }
    }

    /** The message, toString and full stack trace with causes. */
    private void record(Throwable error) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        texts.add(trace.toString());
    }

    private static void get(HttpClient client, URI uri) {
        try {
            client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
