package dev.twitchkit.mock.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.twitchkit.mock.MockState;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import dev.twitchkit.mock.eventsub.Helix;
import dev.twitchkit.mock.eventsub.WsProbe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A mock started from another mock's saved state answers Helix as that one did: the world its Helix routes wrote, its
 * conduits and its webhook and conduit subscriptions (ids, status, cost, creation time), but not the subscriptions of
 * WebSocket sessions, which end with their session.
 */
class MockStateRestartTest {
    private static final String SCOPES = "channel:manage:broadcast channel:manage:polls channel:manage:redemptions "
            + "channel:manage:schedule moderator:manage:banned_users";

    @TempDir
    Path dir;

    @Test
    void theWorldConduitsAndLastingSubscriptionsSurviveARestart() throws Exception {
        Path file = dir.resolve("state.json");
        MockUser streamer;
        String app;
        JsonNode worldBefore;
        JsonNode subscriptionsBefore;
        String conduit;
        String segmentStart = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.HOURS).toString();
        try (MockTwitch first = MockTwitch.start()) {
            Helix helix = new Helix(first);
            streamer = first.createUser("streamer", SCOPES.split(" "));
            MockUser viewer = first.createUser("viewer");
            first.setBroadcasterType(streamer.id(), "affiliate");
            first.registerExtension(streamer.id());
            String token = streamer.accessToken();
            String id = streamer.id();
            expect(204, helix.call("PATCH", "/channels?broadcaster_id=" + id, token,
                    "{\"title\":\"Kept across restarts\",\"tags\":[\"English\"]}"));
            expect(200, helix.call("POST", "/polls", token, "{\"broadcaster_id\":\"" + id + "\",\"title\":\"Kept?\","
                    + "\"choices\":[{\"title\":\"Yes\"},{\"title\":\"No\"}],\"duration\":1800}"));
            expect(200, helix.call("POST", "/channel_points/custom_rewards?broadcaster_id=" + id, token,
                    "{\"title\":\"Hydrate\",\"cost\":100}"));
            expect(200, helix.call("POST", "/schedule/segment?broadcaster_id=" + id, token,
                    "{\"start_time\":\"" + segmentStart + "\",\"timezone\":\"Europe/Berlin\",\"duration\":\"120\","
                            + "\"is_recurring\":true}"));
            expect(200, helix.call("POST", "/moderation/bans?broadcaster_id=" + id + "&moderator_id=" + id, token,
                    "{\"data\":{\"user_id\":\"" + viewer.id() + "\",\"reason\":\"spam\"}}"));

            // What happens in channels beside Helix lands in more of the world's stores.
            first.follow(viewer.id(), id);
            first.subscribe(viewer.id(), id, "1000");
            first.cheer(id, viewer.id(), 100);
            first.ownGame(id, "509658");
            first.addEditor(id, viewer.id());
            first.requestUnban(id, viewer.id(), "sorry");
            first.startStream(id);

            app = first.issueAppToken();
            expect(202, helix.call("POST", "/eventsub/subscriptions", app, "{\"type\":\"stream.online\","
                    + "\"version\":\"1\",\"condition\":{\"broadcaster_user_id\":\"" + id + "\"},\"transport\":"
                    + "{\"method\":\"webhook\",\"callback\":\"https://bot.example.com/hook\",\"secret\":"
                    + "\"0123456789abcdef\"}}"));
            conduit = helix.call("POST", "/eventsub/conduits", app, "{\"shard_count\":2}").body().path("data").get(0)
                    .path("id").asString();
            try (WsProbe socket = WsProbe.connect(first.urls().eventSubWebSocket())) {
                String session = socket.next().path("payload").path("session").path("id").asString();
                expect(202, helix.call("PATCH", "/eventsub/conduits/shards", app, "{\"conduit_id\":\"" + conduit
                        + "\",\"shards\":[{\"id\":\"0\",\"transport\":{\"method\":\"websocket\",\"session_id\":\""
                        + session + "\"}},{\"id\":\"1\",\"transport\":{\"method\":\"webhook\",\"callback\":"
                        + "\"https://bot.example.com/shard\",\"secret\":\"0123456789abcdef\"}}]}"));
                expect(202, helix.call("POST", "/eventsub/subscriptions", app, "{\"type\":\"channel.update\","
                        + "\"version\":\"2\",\"condition\":{\"broadcaster_user_id\":\"" + id + "\"},\"transport\":"
                        + "{\"method\":\"conduit\",\"conduit_id\":\"" + conduit + "\"}}"));
                try (WsProbe own = WsProbe.connect(first.urls().eventSubWebSocket())) {
                    String ownSession = own.next().path("payload").path("session").path("id").asString();
                    new Helix(first).subscribeOk(token, "channel.poll.begin", "1",
                            "{\"broadcaster_user_id\":\"" + id + "\"}", ownSession);
                    subscriptionsBefore = helix.call("GET", "/eventsub/subscriptions", app, null).body();
                    worldBefore = first.exportState().world();
                    first.exportState().write(file);
                }
            }
        }

        MockState state = MockState.read(file).orElseThrow();
        assertThat(state.toString()).doesNotContain("0123456789abcdef");
        try (MockTwitch second = MockTwitch.builder().state(state).start()) {
            Helix helix = new Helix(second);
            String token = streamer.accessToken();
            String id = streamer.id();
            assertThat(second.exportState().world()).isEqualTo(worldBefore);
            JsonNode channel = helix.call("GET", "/channels?broadcaster_id=" + id, token, null).body().path("data")
                    .get(0);
            assertThat(channel.path("title").asString()).isEqualTo("Kept across restarts");
            assertThat(helix.call("GET", "/polls?broadcaster_id=" + id, token, null).body().path("data").get(0)
                    .path("title").asString()).isEqualTo("Kept?");
            assertThat(helix.call("GET", "/channel_points/custom_rewards?broadcaster_id=" + id, token, null).body()
                    .path("data").get(0).path("title").asString()).isEqualTo("Hydrate");
            assertThat(helix.call("GET", "/schedule?broadcaster_id=" + id, token, null).body().path("data")
                    .path("segments").get(0).path("start_time").asString()).isEqualTo(segmentStart);
            assertThat(helix.call("GET", "/moderation/banned?broadcaster_id=" + id, token, null).body().path("data")
                    .get(0).path("user_login").asString()).isEqualTo("viewer");

            assertThat(helix.call("GET", "/eventsub/subscriptions", app, null).body()).isEqualTo(subscriptionsBefore);
            assertThat(helix.call("GET", "/eventsub/subscriptions", token, null).body().path("data")).isEmpty();
            JsonNode shards = helix.call("GET", "/eventsub/conduits/shards?conduit_id=" + conduit, app, null).body()
                    .path("data");
            assertThat(shards.get(0).path("status").asString()).isEqualTo("websocket_disconnected");
            assertThat(shards.get(0).path("transport").path("disconnected_at").asString()).isNotEmpty();
            assertThat(shards.get(1).path("status").asString()).isEqualTo("enabled");
            assertThat(shards.get(1).path("transport").path("callback").asString())
                    .isEqualTo("https://bot.example.com/shard");
        }
    }

    @Test
    void aStateOfClientsUsersAndTokensOnlyStillLoads() throws Exception {
        Path file = dir.resolve("old.json");
        MockUser streamer;
        try (MockTwitch first = MockTwitch.start()) {
            streamer = first.createUser("old_format");
            MockState full = first.exportState();
            new MockState(full.clients(), full.users(), full.tokens()).write(file);
        }
        String text = Files.readString(file);
        Files.writeString(file, WsProbe.JSON.writeValueAsString(((ObjectNode)
                WsProbe.JSON.readTree(text)).retain("clients", "users", "tokens")));

        MockState state = MockState.read(file).orElseThrow();
        assertThat(state.world().isEmpty()).isTrue();
        assertThat(state.subscriptions()).isEmpty();
        try (MockTwitch second = MockTwitch.builder().state(state).start()) {
            assertThat(new Helix(second).call("GET", "/users", streamer.accessToken(), null).body().path("data")
                    .get(0).path("login").asString()).isEqualTo("old_format");
        }
    }

    @Test
    void aStateFileMissingAMemberNamesIt() throws Exception {
        Path file = Files.writeString(dir.resolve("partial.json"), "{\"clients\": [], \"users\": [], \"tokens\": [], "
                + "\"subscriptions\": [{\"type\": \"stream.online\"}]}");
        assertThatThrownBy(() -> MockState.read(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the state file " + file + " is not a mock state: subscriptions[].id is missing");
    }

    @Test
    void aStateTheMockCannotUseFailsTheStartNamingWhatIsWrong() {
        MockState unknownPart = new MockState(List.of(), List.of(), List.of(), List.of(), List.of(),
                WsProbe.JSON.createObjectNode().set("weather", WsProbe.JSON.createObjectNode()));
        assertThatThrownBy(() -> MockTwitch.builder().state(unknownPart).start())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"weather\"");
        MockState unknownType = new MockState(List.of(), List.of(), List.of(), List.of(), List.of(
                new MockState.Subscription("s1", "channel.nonsense", "1", Map.of(), "webhook",
                        "https://bot.example.com/hook", "0123456789abcdef", "c", null, 1,
                        Instant.EPOCH, "enabled")), null);
        assertThatThrownBy(() -> MockTwitch.builder().state(unknownType).start())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("channel.nonsense version 1");
        MockState noConduit = new MockState(List.of(), List.of(), List.of(), List.of(), List.of(
                new MockState.Subscription("s2", "stream.online", "1", Map.of(), "conduit", "gone", null,
                        "c", null, 1, Instant.EPOCH, "enabled")), null);
        assertThatThrownBy(() -> MockTwitch.builder().state(noConduit).start())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("subscription s2 names conduit gone, which its client c does not have");
    }

    private static void expect(int status, Helix.Reply reply) {
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(status);
    }
}
