package dev.twitchkit.mock.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import dev.twitchkit.mock.oauth.TestHttp;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** A world seeded from JSON reads back through Helix as if it had been scripted from code. */
class WorldSeedTest {
    private static final String WORLD = """
            {
              "users": [
                {"login": "streamer", "scopes": ["moderator:read:followers", "channel:read:subscriptions",
                                                 "moderation:read"],
                 "broadcaster_type": "affiliate"},
                {"login": "viewer"},
                {"login": "fan"}
              ],
              "follows": [{"user": "viewer", "broadcaster": "streamer"}, {"user": "fan", "broadcaster": "streamer"}],
              "subscriptions": [{"user": "fan", "broadcaster": "streamer", "tier": "2000"},
                                {"user": "viewer", "broadcaster": "streamer", "gifter": "fan"}],
              "moderators": [{"user": "viewer", "broadcaster": "streamer"}],
              "streams": [{"broadcaster": "streamer"}]
            }
            """;

    private MockTwitch twitch;
    private final TestHttp http = new TestHttp();

    @BeforeEach
    void start() {
        twitch = MockTwitch.start();
    }

    @AfterEach
    void stop() {
        twitch.close();
    }

    @Test
    void aWorldFileSeedsUsersFollowsSubscriptionsAndModerators(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("world.json");
        Files.writeString(file, WORLD, StandardCharsets.UTF_8);

        Map<String, MockUser> users = twitch.seed(file);

        assertThat(users).containsOnlyKeys("streamer", "viewer", "fan");
        MockUser streamer = users.get("streamer");
        JsonNode followers = helix(streamer, "/channels/followers?broadcaster_id=" + streamer.id());
        assertThat(followers.get("total").asInt()).isEqualTo(2);
        JsonNode subscribers = helix(streamer, "/subscriptions?broadcaster_id=" + streamer.id());
        assertThat(subscribers.get("data")).extracting(n -> n.get("user_login").asString())
                .containsExactlyInAnyOrder("fan", "viewer");
        JsonNode gifted = subscribers.get("data").valueStream()
                .filter(n -> n.get("user_login").asString().equals("viewer")).findFirst().orElseThrow();
        assertThat(gifted.get("is_gift").asBoolean()).isTrue();
        assertThat(gifted.get("gifter_login").asString()).isEqualTo("fan");
        JsonNode mods = helix(streamer, "/moderation/moderators?broadcaster_id=" + streamer.id());
        assertThat(mods.get("data")).extracting(n -> n.get("user_login").asString()).containsExactly("viewer");
        JsonNode streams = helix(streamer, "/streams?user_id=" + streamer.id());
        assertThat(streams.get("data")).extracting(n -> n.get("type").asString()).containsExactly("live");
    }

    @Test
    void seedingAgainKeepsTheStreamThatRunsAlready() {
        MockUser streamer = twitch.seedJson(WORLD).get("streamer");
        JsonNode before = helix(streamer, "/streams?user_id=" + streamer.id());

        twitch.seedJson(WORLD);

        JsonNode after = helix(streamer, "/streams?user_id=" + streamer.id());
        assertThat(after.get("data")).hasSize(1);
        assertThat(after.get("data").get(0).get("id")).isEqualTo(before.get("data").get(0).get("id"));
    }

    @Test
    void theControlApiSeedsTheSameWorldAndAnswersTheUsersWithTokens() {
        TestHttp.Response reply = http.postJson(URI.create(twitch.urls().control() + "/world"), WORLD);

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().get("data")).extracting(n -> n.get("login").asString())
                .containsExactlyInAnyOrder("streamer", "viewer", "fan");
        assertThat(reply.json().get("data").get(0).get("access_token").asString()).isNotBlank();
        // Seeding again creates nobody: the logins exist.
        assertThat(http.postJson(URI.create(twitch.urls().control() + "/world"), "{\"users\":[{\"login\":\"fan\"}]}")
                .json().get("data")).isEmpty();
    }

    @Test
    void aBadDocumentNamesWhatIsWrong() {
        assertThatThrownBy(() -> twitch.seedJson("not json")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not JSON");
        assertThatThrownBy(() -> twitch.seedJson("{\"users\": {}}")).hasMessageContaining("\"users\" must be an array");
        assertThatThrownBy(() -> twitch.seedJson("{\"follows\": [{\"user\": \"ghost\", \"broadcaster\": \"x\"}]}"))
                .hasMessageContaining("no user with login ghost");
        assertThat(http.postJson(URI.create(twitch.urls().control() + "/world"), "[1,2]").status()).isEqualTo(400);
    }

    private JsonNode helix(MockUser user, String pathAndQuery) {
        return http.get(URI.create(twitch.urls().helix() + pathAndQuery), "Authorization",
                "Bearer " + user.accessToken(), "Client-Id", twitch.clientId()).json();
    }
}
