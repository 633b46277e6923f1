package dev.twitchkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.twitchkit.auth.JsonFileTokenStore;
import dev.twitchkit.auth.Token;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The CLI with a public client (a client id, no secret), everything done to the mock through its control API as a
 * user at a shell would: register the client, approve the device code, expire the token.
 */
class PublicClientCliTest {
    private static final Pattern CODE = Pattern.compile("enter the code (\\S+)");
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final String CONFIG = "config.properties";

    @TempDir
    Path dir;
    MockTwitch twitch;
    Path file;
    String publicClientId;

    @BeforeEach
    void start() throws Exception {
        twitch = MockTwitch.builder().deviceInterval(Duration.ofMillis(100)).start();
        file = dir.resolve("tokens.json");
        JsonNode client = control("/clients", "{\"name\":\"desktop bot\",\"public\":true}");
        assertThat(client.has("client_secret")).isFalse();
        publicClientId = client.get("client_id").asString();
    }

    @AfterEach
    void stop() {
        twitch.close();
    }

    private String[] args(String... command) {
        List<String> full = new ArrayList<>(List.of(command));
        full.addAll(List.of("--mock-url", MockCommand.baseUrl(twitch), "--client-id", publicClientId,
                "--token-file", file.toString()));
        return full.toArray(String[]::new);
    }

    @Test
    void deviceCodeWithOnlyAClientIdThenApiCallsRefreshWithoutASecret() throws Exception {
        MockUser viewer = twitch.createUser("public_viewer");
        CliRun token = new CliRun();
        CompletableFuture<Integer> exit = token.start(args("token", "--scopes", "user:read:chat"));
        await().atMost(Duration.ofSeconds(10)).until(() -> CODE.matcher(token.out()).find());
        Matcher code = CODE.matcher(token.out());
        assertThat(code.find()).isTrue();
        control("/device/approve", "{\"user_code\":\"" + code.group(1) + "\",\"user_id\":\"" + viewer.id() + "\"}");

        assertThat(exit.get(20, TimeUnit.SECONDS)).as(token.err()).isZero();
        assertThat(token.out()).contains("Stored the token of public_viewer (id " + viewer.id() + ")");
        Token stored = storedToken();
        control("/tokens/expire", "{\"access_token\":\"" + stored.accessToken() + "\"}");

        CliRun api = new CliRun();
        assertThat(api.run(args("api", "get", "/users", "--format", "json"))).as(api.err()).isZero();
        assertThat(api.out()).contains("\"login\":\"public_viewer\"");
        assertThat(refreshes(viewer.id())).as("the expired token was refreshed, without a secret").isEqualTo(1);
        assertThat(storedToken().accessToken()).as("the refreshed token is stored")
                .isNotEqualTo(stored.accessToken());
    }

    @Test
    void whatNeedsAnAppTokenIsRefusedBeforeAskingTheMock() {
        int tokenRequests = twitch.tokenRequestCount();
        String expected = " needs the client secret, and none was given (without one the application is a public "
                + "client: device code tokens only): give --client-secret, set TWITCH_CLIENT_SECRET or put "
                + "client_secret in " + ConfigFiles.directory().resolve(CONFIG) + System.lineSeparator();

        CliRun appToken = new CliRun();
        assertThat(appToken.run(args("token", "--app"))).isEqualTo(2);
        assertThat(appToken.err()).isEqualTo("error: --app (an app access token)" + expected);

        CliRun browser = new CliRun();
        assertThat(browser.run(args("token", "--browser"))).isEqualTo(2);
        assertThat(browser.err()).isEqualTo("error: --browser (the authorization code flow)" + expected);

        CliRun api = new CliRun();
        assertThat(api.run(args("api", "get", "/users", "--app"))).isEqualTo(2);
        assertThat(api.err()).isEqualTo("error: --app (an app access token)" + expected);

        CliRun listen = new CliRun();
        assertThat(listen.run(args("listen", "stream.online", "--conduit", "c1",
                "--condition", "broadcaster_user_id=1"))).isEqualTo(2);
        assertThat(listen.err())
                .isEqualTo("error: --conduit (a conduit shard runs on the app access token)" + expected);

        assertThat(twitch.tokenRequestCount()).as("nothing reached the token endpoint").isEqualTo(tokenRequests);
    }

    private Token storedToken() {
        try (JsonFileTokenStore store = new JsonFileTokenStore(file)) {
            return store.loadAll().stream().filter(t -> !t.app()).findFirst().orElseThrow();
        }
    }

    private int refreshes(String userId) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(twitch.urls().control() + "/auth/counters?user_id=" + userId)).build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body()).get("refreshes").asInt();
    }

    private JsonNode control(String path, String body) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(twitch.urls().control() + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }
}
