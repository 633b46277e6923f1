package dev.twitchkit.cli;

import static dev.twitchkit.cli.MockCommandTest.awaitOutput;
import static dev.twitchkit.cli.MockCommandTest.find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.twitchkit.ClientUser;
import dev.twitchkit.TwitchUrls;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code twitchkit mock --world FILE} seeds users at start; {@code --state FILE} keeps their tokens across restarts. */
class MockStateAndWorldTest {
    static final String WORLD = """
            {
              "users": [{"login": "streamer", "scopes": ["moderator:read:followers"], "broadcaster_type": "affiliate"},
                        {"login": "viewer"}],
              "follows": [{"user": "viewer", "broadcaster": "streamer"}],
              "streams": [{"broadcaster": "streamer"}]
            }
            """;

    @TempDir
    Path dir;

    @Test
    void theWorldFilesUsersArePrintedWithTokensThatWork() throws Exception {
        Path world = Files.writeString(dir.resolve("world.json"), WORLD);
        RunningMock mock = RunningMock.start("--world", world.toString());
        try {
            String printed = mock.awaitReady();
            assertThat(printed).contains("World users created:").contains("  streamer  id ").contains("  viewer  id ");
            String token = find(printed, "  streamer  id \\S+  access token (\\S+)");
            HttpResponse<String> streams = get(find(printed, "Helix\\s+(\\S+)") + "/streams?user_login=streamer",
                    "Bearer " + token, find(printed, "Client id\\s+(\\S+)"));
            assertThat(streams.statusCode()).isEqualTo(200);
            assertThat(streams.body()).contains("\"user_login\":\"streamer\"");
        } finally {
            mock.stop();
        }
    }

    @Test
    void aBadWorldFileIsOneLineAndExit2() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"users\": [{\"login\": \"no spaces\"}]}");
        CliRun bad = new CliRun();
        assertThat(bad.run("mock", "--port", "0", "--world", broken.toString())).isEqualTo(2);
        assertThat(bad.err()).startsWith("--world " + broken + ": ").contains("no spaces").doesNotContain("\tat ");
        assertThat(bad.out()).isEmpty();

        CliRun missing = new CliRun();
        assertThat(missing.run("mock", "--port", "0", "--world", dir.resolve("absent.json").toString())).isEqualTo(2);
        assertThat(missing.err()).contains("cannot read the world file " + dir.resolve("absent.json") + ": no such file");
    }

    @Test
    void aTokenIssuedBeforeARestartStillValidatesAndLogsIn() throws Exception {
        Path state = dir.resolve("state.json");
        String demoToken;
        String accessToken;
        JsonNode user;
        RunningMock first = RunningMock.start("--state", state.toString());
        try {
            String printed = first.awaitReady();
            assertThat(printed).contains("State               " + state + " (new)");
            demoToken = find(printed, "Access token\\s+(\\S+)");
            HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(find(printed, "Control API\\s+(\\S+)") + "/users"))
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"login\": \"kept_bot\", \"scopes\": [\"user:read:chat\"]}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            user = JsonMapper.builder().build().readTree(created.body());
            accessToken = user.get("access_token").asString();
            String issued = accessToken;
            await("written while running, not only at stop").atMost(Duration.ofSeconds(10))
                    .until(() -> Files.readString(state).contains(issued));
        } finally {
            first.stop();
        }

        RunningMock second = RunningMock.start("--state", state.toString());
        try {
            String printed = second.awaitReady();
            assertThat(printed).contains("State               " + state
                    + " (2 users, 2 tokens, 0 conduits, 0 subscriptions restored)");
            assertThat(find(printed, "Access token\\s+(\\S+)")).as("the demo user keeps its token").isEqualTo(demoToken);
            String oauth = find(printed, "OAuth\\s+(\\S+)");
            HttpResponse<String> validated = get(oauth + "/validate", "OAuth " + accessToken, null);
            assertThat(validated.statusCode()).as(validated.body()).isEqualTo(200);
            assertThat(validated.body()).contains("\"login\":\"kept_bot\"");

            Path tokens = dir.resolve("tokens.json");
            CliRun.store(tokens, new dev.twitchkit.mock.MockUser(user.get("id").asString(), "kept_bot", "kept_bot",
                    accessToken, user.get("refresh_token").asString(), java.util.Set.of("user:read:chat"),
                    java.time.Instant.now().plusSeconds(3600)));
            String base = oauth.substring(0, oauth.length() - "/oauth2".length());
            CliRun login = new CliRun();
            assertThat(login.run("token", "validate", "--mock-url", base, "--token-file", tokens.toString()))
                    .as(login.err()).isZero();
            assertThat(login.out()).contains("valid: kept_bot");
            try (ClientUser bot = ClientUser.builder(find(printed, "Client id\\s+(\\S+)"),
                    find(printed, "Client secret\\s+(\\S+)")).urls(TwitchUrls.forMock(URI.create(base))).build()) {
                assertThat(bot.login(accessToken, user.get("refresh_token").asString()).get(10, TimeUnit.SECONDS))
                        .isEqualTo(user.get("id").asString());
            }
            CliRun api = new CliRun();
            assertThat(api.run("api", "get", "/users", "--mock-url", base, "--token-file", tokens.toString()))
                    .as(api.err()).isZero();
            assertThat(api.out()).contains("kept_bot");
        } finally {
            second.stop();
        }
    }

    @Test
    void aConduitSubscriptionAndAChannelTitleSurviveARestartOnANewPort() throws Exception {
        Path state = dir.resolve("state.json");
        Path tokens = dir.resolve("tokens.json");
        String casterId;
        String firstBase;
        String subscriptionId;
        RunningMock first = RunningMock.start("--state", state.toString());
        try {
            String printed = first.awaitReady();
            firstBase = base(printed);
            JsonNode caster = createUser(printed,
                    "{\"login\": \"caster\", \"scopes\": [\"channel:manage:broadcast\"]}");
            casterId = caster.get("id").asString();
            CliRun.store(tokens, new dev.twitchkit.mock.MockUser(casterId, "caster", "caster",
                    caster.get("access_token").asString(), caster.get("refresh_token").asString(),
                    java.util.Set.of("channel:manage:broadcast"), java.time.Instant.now().plusSeconds(3600)));
            api(firstBase, tokens, "patch", "/channels", "-q", "broadcaster_id=" + casterId,
                    "-b", "{\"title\": \"Title before the restart\"}");
            String conduitId = JSON.readTree(api(firstBase, tokens, "post", "/eventsub/conduits", "--app",
                    "-b", "{\"shard_count\": 1}")).path("data").get(0).path("id").asString();
            subscriptionId = JSON.readTree(api(firstBase, tokens, "post", "/eventsub/subscriptions", "--app", "-b",
                    "{\"type\": \"channel.update\", \"version\": \"2\", \"condition\": {\"broadcaster_user_id\": \""
                            + casterId + "\"}, \"transport\": {\"method\": \"conduit\", \"conduit_id\": \""
                            + conduitId + "\"}}")).path("data").get(0).path("id").asString();
            await("the subscription and the title written").atMost(Duration.ofSeconds(10))
                    .until(() -> Files.readString(state).contains(subscriptionId)
                            && Files.readString(state).contains("Title before the restart"));
        } finally {
            first.stop();
        }

        RunningMock second = RunningMock.start("--state", state.toString());
        try {
            String printed = second.awaitReady();
            String base = base(printed);
            assertThat(base).as("a new port").isNotEqualTo(firstBase);
            assertThat(printed).contains("1 conduits, 1 subscriptions restored)");
            assertThat(api(base, tokens, "get", "/channels", "-q", "broadcaster_id=" + casterId))
                    .contains("Title before the restart");
            JsonNode listed = JSON.readTree(api(base, tokens, "get", "/eventsub/subscriptions", "--app"));
            assertThat(listed.path("data")).hasSize(1);
            assertThat(listed.path("data").get(0).path("id").asString()).isEqualTo(subscriptionId);
            assertThat(listed.path("data").get(0).path("status").asString()).isEqualTo("enabled");
        } finally {
            second.stop();
        }
    }

    @Test
    void aStateFileThatDoesNotFitTheMockIsOneLineAndExit2() throws Exception {
        Path state = Files.writeString(dir.resolve("state.json"), """
                {"clients": [], "users": [], "tokens": [], "world": {"weather": {"sunny": true}}}
                """);
        CliRun bad = new CliRun();
        assertThat(bad.run("mock", "--port", "0", "--state", state.toString())).isEqualTo(2);
        assertThat(bad.err()).isEqualTo("the state file " + state + " does not fit this mock: \"world\" holds an "
                + "unknown part \"weather\"" + System.lineSeparator());
        assertThat(bad.out()).isEmpty();
    }

    @Test
    void aStateFileThatIsNotOneIsRefused() throws Exception {
        Path state = Files.writeString(dir.resolve("state.json"), "not json");
        CliRun bad = new CliRun();
        assertThat(bad.run("mock", "--port", "0", "--state", state.toString())).isEqualTo(2);
        assertThat(bad.err()).startsWith("the state file " + state + " is not a mock state").doesNotContain("\tat ");

        Path underAFile = state.resolve("state.json");
        CliRun unusable = new CliRun();
        assertThat(unusable.run("mock", "--port", "0", "--state", underAFile.toString())).isEqualTo(2);
        assertThat(unusable.err()).isEqualTo("cannot read the mock's state from " + underAFile + ": Not a directory"
                + System.lineSeparator());
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The mock's base URL, from the OAuth address it printed. */
    private static String base(String printed) {
        String oauth = find(printed, "OAuth\\s+(\\S+)");
        return oauth.substring(0, oauth.length() - "/oauth2".length());
    }

    /** A user made through the control API, with its token. */
    private static JsonNode createUser(String printed, String body) throws Exception {
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(find(printed, "Control API\\s+(\\S+)") + "/users"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body());
    }

    /** {@code twitchkit api METHOD PATH ARGS} against the mock, as JSON; fails unless it exits 0. */
    private static String api(String base, Path tokens, String method, String path, String... args) {
        String[] full = new String[args.length + 9];
        String[] head = {"api", method, path, "--mock-url", base, "--token-file", tokens.toString(), "--format",
            "json"};
        System.arraycopy(head, 0, full, 0, head.length);
        System.arraycopy(args, 0, full, head.length, args.length);
        CliRun run = new CliRun();
        assertThat(run.run(full)).as(run.err()).isZero();
        return run.out();
    }

    private static HttpResponse<String> get(String url, String authorization, String clientId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", authorization);
        if (clientId != null) {
            request.header("Client-Id", clientId);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** {@code twitchkit mock ARGS --port 0} running on another thread, stopped as Ctrl-C would. */
    record RunningMock(MockCommand command, StringWriter out, StringWriter err, CompletableFuture<Integer> exit) {
        static RunningMock start(String... args) {
            CommandLine cli = TwitchkitCommand.commandLine();
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));
            MockCommand command = cli.getSubcommands().get("mock").getCommand();
            String[] full = new String[args.length + 4];
            full[0] = "mock";
            full[1] = "--port";
            full[2] = "0";
            full[3] = "--no-require-subscription";
            System.arraycopy(args, 0, full, 4, args.length);
            return new RunningMock(command, out, err, CompletableFuture.supplyAsync(() -> cli.execute(full)));
        }

        String awaitReady() throws InterruptedException {
            return awaitOutput(out, "Press Ctrl-C to stop.");
        }

        void stop() throws Exception {
            command.stop();
            assertThat(exit.get(10, TimeUnit.SECONDS)).as(err.toString()).isZero();
        }
    }
}
