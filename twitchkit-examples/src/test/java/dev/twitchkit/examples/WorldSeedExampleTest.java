package dev.twitchkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.App;
import dev.twitchkit.TwitchUrls;
import dev.twitchkit.helix.users.User;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's world JSON ("Seeding the world") seeds the mock as it is written there. */
class WorldSeedExampleTest {

    @Test
    void theReadmesWorldSeedsTheMock() {
        String readme = Snippets.readme();
        int section = readme.indexOf("### Seeding the world");
        int from = readme.indexOf("```json\n", section) + "```json\n".length();
        String json = readme.substring(from, readme.indexOf("```", from));

        try (MockTwitch twitch = MockTwitch.start()) {
            Map<String, MockUser> users = twitch.seedJson(json);

            assertThat(users).containsOnlyKeys("streamer", "viewer");
            try (App app = App.builder(twitch.clientId(), twitch.clientSecret())
                    .urls(TwitchUrls.forMock(twitch.urls().base())).build()) {
                app.authorize().join();
                List<User> found = app.application().users().byLogins(List.of("streamer", "viewer")).join();
                assertThat(found).extracting(User::id)
                        .containsExactlyInAnyOrder(users.get("streamer").id(), users.get("viewer").id());
            }
        }
    }
}
