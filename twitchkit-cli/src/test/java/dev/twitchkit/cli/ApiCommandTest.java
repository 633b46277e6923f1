package dev.twitchkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.auth.JsonFileTokenStore;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code twitchkit api} with a stored token against a mock started in the test. */
class ApiCommandTest {
    @TempDir
    Path dir;
    MockTwitch twitch;
    MockUser streamer;
    Path file;

    @BeforeEach
    void start() {
        twitch = MockTwitch.builder().start();
        streamer = twitch.createUser("api_streamer", "moderator:read:followers", "user:write:chat");
        file = dir.resolve("tokens.json");
        CliRun.store(file, streamer);
    }

    @AfterEach
    void stop() {
        twitch.close();
    }

    private CliRun api(int expectedExit, String... command) {
        String[] full = new String[command.length + 5];
        full[0] = "api";
        System.arraycopy(command, 0, full, 1, command.length);
        full[command.length + 1] = "--mock-url";
        full[command.length + 2] = MockCommand.baseUrl(twitch);
        full[command.length + 3] = "--token-file";
        full[command.length + 4] = file.toString();
        CliRun run = new CliRun();
        assertThat(run.run(full)).as(run.err()).isEqualTo(expectedExit);
        return run;
    }

    @Test
    void getPrintsOneLineOfJsonWhenPiped() throws Exception {
        CliRun run = api(0, "get", "users", "-q", "login=api_streamer", "-v");
        assertThat(run.out().trim()).doesNotContain("\n");
        JsonNode users = Terminal.JSON.readTree(run.out());
        assertThat(users.get("data").get(0).get("id").asString()).isEqualTo(streamer.id());
        assertThat(run.err()).matches("GET /users: \\d+ rate-limit points left\\R");
    }

    @Test
    void anExpiredTokenIsRefreshedAndTheNewOneStored() throws Exception {
        twitch.expireToken(streamer.accessToken());
        CliRun run = api(0, "get", "/users");
        assertThat(Terminal.JSON.readTree(run.out()).get("data").get(0).get("login").asString())
                .isEqualTo("api_streamer");
        assertThat(twitch.refreshCount(streamer.id())).isEqualTo(1);
        try (JsonFileTokenStore store = new JsonFileTokenStore(file)) {
            assertThat(store.loadAll()).singleElement()
                    .satisfies(t -> assertThat(t.accessToken()).isNotEqualTo(streamer.accessToken()));
        }
    }

    @Test
    void allFollowsTheCursorAcrossPages() throws Exception {
        for (int i = 0; i < 5; i++) {
            twitch.follow(twitch.createUser("api_fan_" + i).id(), streamer.id());
        }
        CliRun one = api(0, "get", "/channels/followers", "-q", "broadcaster_id=" + streamer.id(), "-q", "first=2");
        assertThat(Terminal.JSON.readTree(one.out()).get("data").size()).isEqualTo(2);

        CliRun all = api(0, "get", "/channels/followers", "-q", "broadcaster_id=" + streamer.id(), "-q", "first=2",
                "--all", "--format", "pretty");
        JsonNode followers = Terminal.JSON.readTree(all.out());
        assertThat(followers.get("data").size()).isEqualTo(5);
        assertThat(followers.get("total").asInt()).isEqualTo(5);
        assertThat(all.out()).contains("\n  \"data\"");
    }

    @Test
    void postsABodyFromAFile() throws Exception {
        Path body = dir.resolve("message.json");
        Files.writeString(body, "{\"broadcaster_id\":\"" + streamer.id() + "\",\"sender_id\":\"" + streamer.id()
                + "\",\"message\":\"from the cli\"}");
        CliRun run = api(0, "post", "/chat/messages", "-b", "@" + body);
        assertThat(run.out()).contains("is_sent");
        assertThat(twitch.chatMessages()).anyMatch(m -> m.text().equals("from the cli"));
    }

    @Test
    void errorsShowTwitchsStatusAndMessage() {
        CliRun missing = api(1, "get", "/channels/followers");
        assertThat(missing.err()).startsWith("error: GET /channels/followers: 400 ").doesNotContain("\tat ");

        CliRun badJson = api(2, "post", "/chat/messages", "-b", "{not json");
        assertThat(badJson.err()).startsWith("error: -b is not JSON");

        CliRun noFile = api(2, "post", "/chat/messages", "-b", "@" + dir.resolve("absent.json"));
        assertThat(noFile.err()).contains("no such file: " + dir.resolve("absent.json"));

        CliRun verbose = api(1, "get", "/channels/followers", "--verbose");
        assertThat(verbose.err()).startsWith("error: GET /channels/followers: 400 ").contains("\tat ");

        CliRun verb = api(2, "fetch", "/users");
        assertThat(verb.err()).contains("unknown method fetch");
    }
}
