package dev.twitchkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code twitchkit token} and its subcommands against a mock started in the test. */
class TokenCommandTest {
    private static final Pattern CODE = Pattern.compile("enter the code (\\S+)");

    @TempDir
    Path dir;
    MockTwitch twitch;
    Path file;

    @BeforeEach
    void start() {
        twitch = MockTwitch.builder().deviceInterval(Duration.ofMillis(100)).start();
        file = dir.resolve("config/tokens.json");
    }

    @AfterEach
    void stop() {
        twitch.close();
    }

    private String[] args(String... command) {
        String[] full = new String[command.length + 4];
        System.arraycopy(command, 0, full, 0, command.length);
        full[command.length] = "--mock-url";
        full[command.length + 1] = MockCommand.baseUrl(twitch);
        full[command.length + 2] = "--token-file";
        full[command.length + 3] = file.toString();
        return full;
    }

    @Test
    void deviceCodeApprovedThroughTheMockIsStoredOwnerOnlyAndListed() throws Exception {
        MockUser viewer = twitch.createUser("device_viewer");
        CliRun token = new CliRun();
        CompletableFuture<Integer> exit = token.start(args("token", "--scopes", "user:read:chat,user:write:chat"));

        await().atMost(Duration.ofSeconds(10)).until(() -> CODE.matcher(token.out()).find());
        Matcher code = CODE.matcher(token.out());
        assertThat(code.find()).isTrue();
        twitch.approveDevice(code.group(1), viewer.id());

        assertThat(exit.get(20, TimeUnit.SECONDS)).as(token.err()).isZero();
        assertThat(token.out()).contains("Stored the token of device_viewer (id " + viewer.id() + ")")
                .contains("user:read:chat").contains("user:write:chat");
        assertThat(Files.getPosixFilePermissions(file))
                .isEqualTo(EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        assertThat(Files.getPosixFilePermissions(file.getParent())).isEqualTo(EnumSet.of(
                PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE));

        CliRun list = new CliRun();
        assertThat(list.run(args("token", "list"))).isZero();
        assertThat(list.out()).contains("device_viewer (id " + viewer.id() + ")");
        assertThat(list.out() + token.out()).doesNotContain(twitch.clientSecret());
    }

    @Test
    void aDeniedDeviceCodeEndsWithOneLine() throws Exception {
        CliRun token = new CliRun();
        CompletableFuture<Integer> exit = token.start(args("token"));
        await().atMost(Duration.ofSeconds(10)).until(() -> CODE.matcher(token.out()).find());
        Matcher code = CODE.matcher(token.out());
        assertThat(code.find()).isTrue();
        twitch.denyDevice(code.group(1));

        assertThat(exit.get(20, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(token.err()).isEqualTo("error: the authorization was denied" + System.lineSeparator());
        assertThat(file).doesNotExist();
    }

    @Test
    void browserFlowReceivesTheRedirectAndStoresTheToken() throws Exception {
        MockUser streamer = twitch.createUser("browser_streamer");
        CliRun token = new CliRun();
        CompletableFuture<Integer> exit = token.start(args("token", "--browser", "--redirect-uri",
                "http://localhost:0/callback", "--scopes", "user:read:chat"));
        Pattern opening = Pattern.compile("Opening (\\S+)");
        await().atMost(Duration.ofSeconds(10)).until(() -> opening.matcher(token.out()).find());
        Matcher url = opening.matcher(token.out());
        assertThat(url.find()).isTrue();

        // What the browser does: Twitch's page (the mock approves at once as login=...) redirects to the CLI.
        HttpResponse<String> page = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.ALWAYS).build()
                .send(HttpRequest.newBuilder(URI.create(url.group(1) + "&login=browser_streamer")).build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);

        assertThat(exit.get(20, TimeUnit.SECONDS)).as(token.err()).isZero();
        assertThat(token.out()).contains("Stored the token of browser_streamer (id " + streamer.id() + ")");
    }

    @Test
    void validateRefreshAndRevokeAStoredToken() {
        MockUser user = twitch.createUser("stored_user", "user:read:chat");
        CliRun.store(file, user);

        CliRun validate = new CliRun();
        assertThat(validate.run(args("token", "validate"))).as(validate.err()).isZero();
        assertThat(validate.out()).contains("valid: stored_user");

        CliRun refresh = new CliRun();
        assertThat(refresh.run(args("token", "refresh", "--user", "stored_user"))).as(refresh.err()).isZero();
        assertThat(refresh.out()).contains("refreshed: stored_user");
        assertThat(twitch.refreshCount(user.id())).isEqualTo(1);

        CliRun revoke = new CliRun();
        assertThat(revoke.run(args("token", "revoke"))).as(revoke.err()).isZero();
        CliRun list = new CliRun();
        assertThat(list.run(args("token", "list"))).isZero();
        assertThat(list.out()).startsWith("No tokens in " + file);
    }

    @Test
    void anAppTokenIsPrintedNotStored() {
        CliRun app = new CliRun();
        assertThat(app.run(args("token", "--app"))).as(app.err()).isZero();
        assertThat(app.out().trim()).isNotEmpty();
        assertThat(app.err()).contains("app tokens are not stored");
        assertThat(file).doesNotExist();
    }

    @Test
    void badInputIsOneLineAndAnExitCode() throws Exception {
        CliRun both = new CliRun();
        assertThat(both.run(args("token", "--browser", "--app"))).isEqualTo(2);
        assertThat(both.err()).isEqualTo("error: --browser and --app exclude each other" + System.lineSeparator());

        CliRun none = new CliRun();
        assertThat(none.run(args("token", "validate"))).isEqualTo(1);
        assertThat(none.err()).contains("no user token in " + file).doesNotContain("Exception");

        int freePort;
        try (ServerSocket s = new ServerSocket(0)) {
            freePort = s.getLocalPort();
        }
        CliRun unreachable = new CliRun();
        assertThat(unreachable.run("token", "validate", "--mock-url", "http://127.0.0.1:" + freePort))
                .isEqualTo(1);
        assertThat(unreachable.err()).contains("no mock answers at http://127.0.0.1:" + freePort + "/_mock")
                .doesNotContain("\tat ");
    }

    @Test
    void helpListsExitCodes() {
        CliRun help = new CliRun();
        assertThat(help.run("token", "--help")).isZero();
        assertThat(help.out()).contains("Exit codes:").contains("--mock-url").contains("list", "validate", "refresh",
                "revoke");
    }
}
