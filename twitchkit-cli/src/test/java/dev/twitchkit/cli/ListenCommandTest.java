package dev.twitchkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.twitchkit.mock.MockSubscription;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code twitchkit listen} with a stored token, receiving events the mock triggers. */
class ListenCommandTest {
    @TempDir
    Path dir;
    MockTwitch twitch;
    MockUser streamer;
    Path file;

    @BeforeEach
    void start() {
        twitch = MockTwitch.builder().start();
        streamer = twitch.createUser("listen_streamer", "moderator:read:followers", "user:read:chat");
        file = dir.resolve("tokens.json");
        CliRun.store(file, streamer);
    }

    @AfterEach
    void stop() {
        twitch.close();
    }

    private String[] listen(String... command) {
        String[] full = new String[command.length + 5];
        full[0] = "listen";
        System.arraycopy(command, 0, full, 1, command.length);
        full[command.length + 1] = "--mock-url";
        full[command.length + 2] = MockCommand.baseUrl(twitch);
        full[command.length + 3] = "--token-file";
        full[command.length + 4] = file.toString();
        return full;
    }

    @Test
    void printsTriggeredEventsAsJsonLinesAndDeletesItsSubscriptions() throws Exception {
        CliRun run = new CliRun();
        CompletableFuture<Integer> exit = run.start(listen("channel.follow", "channel.chat.message",
                "--max-events", "3"));
        await().atMost(Duration.ofSeconds(15)).until(() -> enabled().size() == 2);
        MockSubscription follow = enabled().stream().filter(s -> s.type().equals("channel.follow")).findFirst()
                .orElseThrow();
        assertThat(follow.version()).isEqualTo("2");
        assertThat(follow.condition()).containsEntry("broadcaster_user_id", streamer.id())
                .containsEntry("moderator_user_id", streamer.id());

        twitch.trigger("channel.follow").to(streamer).repeat(2).send();
        twitch.trigger("channel.chat.message").to(streamer).override("message.text", "hi from chat").send();

        assertThat(exit.get(15, TimeUnit.SECONDS)).as(run.err()).isZero();
        List<JsonNode> lines = run.out().lines().map(Terminal.JSON::readTree).toList();
        assertThat(lines).hasSize(3);
        assertThat(lines).filteredOn(l -> l.get("type").asString().equals("channel.follow")).hasSize(2)
                .allMatch(l -> l.get("event").get("broadcaster_user_id").asString().equals(streamer.id()));
        assertThat(lines).anyMatch(l -> l.path("event").path("message").path("text").asString("").equals("hi from chat"));
        assertThat(run.err()).contains("session connected").contains("deleted 2 subscriptions");
        assertThat(enabled()).isEmpty();
    }

    @Test
    void readableFormatPrintsTimeTypeAndEvent() throws Exception {
        CliRun run = new CliRun();
        CompletableFuture<Integer> exit = run.start(listen("channel.follow", "--format", "pretty",
                "--max-events", "1"));
        await().atMost(Duration.ofSeconds(15)).until(() -> enabled().size() == 1);
        twitch.trigger("channel.follow").to(streamer).override("user_name", "Readable_Fan").send();

        assertThat(exit.get(15, TimeUnit.SECONDS)).as(run.err()).isZero();
        assertThat(run.out()).matches("\\d\\d:\\d\\d:\\d\\d channel\\.follow \\{.*\"user_name\":\"Readable_Fan\".*}\\R");
    }

    @Test
    void durationStopsAQuietListener() throws Exception {
        CliRun run = new CliRun();
        assertThat(run.run(listen("channel.follow@2", "--duration", "1"))).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("deleted 1 subscription");
    }

    @Test
    void badTypesAndConditionsAreRefusedBeforeConnecting() {
        CliRun typo = new CliRun();
        assertThat(typo.run(listen("channel.folow"))).isEqualTo(2);
        assertThat(typo.err()).contains("unknown subscription type channel.folow; did you mean channel.follow");

        CliRun version = new CliRun();
        assertThat(version.run(listen("channel.follow@7"))).isEqualTo(2);
        assertThat(version.err()).contains("channel.follow has no version 7 (known: ");

        CliRun condition = new CliRun();
        assertThat(condition.run(listen("channel.follow", "--condition", "colour=red"))).isEqualTo(2);
        assertThat(condition.err()).contains("no chosen type has the condition field colour");

        CliRun raid = new CliRun();
        assertThat(raid.run(listen("channel.raid"))).isEqualTo(2);
        assertThat(raid.err()).startsWith("error: channel.raid").doesNotContain("\tat ");
        assertThat(twitch.subscriptions()).isEmpty();
    }

    @Test
    void listensOnAConduitShardWithTheAppToken() throws Exception {
        String conduitId = createConduit();
        CliRun run = new CliRun();
        CompletableFuture<Integer> exit = run.start(listen("channel.follow", "--conduit", conduitId,
                "--condition", "broadcaster_user_id=" + streamer.id(), "--condition", "moderator_user_id=" + streamer.id(),
                "--max-events", "1"));
        await().atMost(Duration.ofSeconds(15)).until(() -> exit.isDone() || follows().size() == 1);
        assertThat(exit).as(run.err()).isNotDone();
        MockSubscription follow = follows().get(0);
        assertThat(follow.method()).isEqualTo("conduit");
        assertThat(follow.target()).isEqualTo(conduitId);
        assertThat(follow.userId()).as("made with the app token").isNull();

        twitch.trigger("channel.follow").to(streamer).override("user_name", "Shard_Fan").send();
        assertThat(exit.get(15, TimeUnit.SECONDS)).as(run.err()).isZero();
        JsonNode line = Terminal.JSON.readTree(run.out());
        assertThat(line.get("event").get("user_name").asString()).isEqualTo("Shard_Fan");
        assertThat(run.err()).contains("running shard 0 of conduit " + conduitId).contains("deleted 1 subscription");
        assertThat(follows()).as("only what it created: the conduit's other subscriptions stay").isEmpty();
    }

    @Test
    void aConduitListenerGivesEveryConditionField() {
        CliRun missing = new CliRun();
        assertThat(missing.run(listen("channel.follow", "--conduit", "some-conduit",
                "--condition", "broadcaster_user_id=" + streamer.id()))).isEqualTo(2);
        assertThat(missing.err()).startsWith("error: ").contains("moderator_user_id").doesNotContain("\tat ");

        CliRun shard = new CliRun();
        assertThat(shard.run(listen("stream.online", "--conduit", "some-conduit", "--shard", "-1",
                "--condition", "broadcaster_user_id=" + streamer.id()))).isEqualTo(2);
        assertThat(shard.err()).contains("--shard must be at least 0, got -1");

        CliRun unknown = new CliRun();
        assertThat(unknown.run(listen("stream.online", "--conduit", "no-such-conduit",
                "--condition", "broadcaster_user_id=" + streamer.id()))).isEqualTo(1);
        assertThat(unknown.err()).startsWith("error: ").doesNotContain("\tat ");
        assertThat(twitch.subscriptions()).isEmpty();
    }

    private String createConduit() throws Exception {
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(twitch.urls().helix() + "/eventsub/conduits"))
                .header("Authorization", "Bearer " + twitch.issueAppToken()).header("Client-Id", twitch.clientId())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"shard_count\": 1}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        return Terminal.JSON.readTree(created.body()).get("data").get(0).get("id").asString();
    }

    private List<MockSubscription> follows() {
        return enabled().stream().filter(s -> s.type().equals("channel.follow")).toList();
    }

    private List<MockSubscription> enabled() {
        return twitch.subscriptions().stream().filter(MockSubscription::enabled).toList();
    }
}
