package dev.twitchkit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.twitchkit.TwitchUrls;
import dev.twitchkit.mock.MockConduit;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@link ConduitBot} runs against the mock: a conduit of four shards, and a stream going live is printed. */
class ConduitBotTest {

    @Test
    void createsAConduitOfFourShardsAndPrintsWhoGoesLive() throws Exception {
        try (StdoutCapture stdout = new StdoutCapture(); MockTwitch twitch = MockTwitch.start()) {
            MockUser streamer = twitch.createUser("streamer");
            try (RunningExample app = RunningExample.start("conduit-app", () -> ConduitBot.run(twitch.clientId(),
                    twitch.clientSecret(), TwitchUrls.forMock(twitch.urls().base()), streamer.id()))) {
                app.awaitSubscribed(twitch, "stream.online");
                assertThat(twitch.conduits()).singleElement().extracting(MockConduit::shards)
                        .satisfies(shards -> assertThat(shards).hasSize(4));
                assertThat(twitch.subscriptions()).filteredOn(s -> s.type().equals("stream.online"))
                        .singleElement().satisfies(s -> assertThat(s.method()).isEqualTo("conduit"));

                twitch.trigger("stream.online").to(streamer).override("broadcaster_user_login", "streamer").send();

                await().atMost(Duration.ofSeconds(20))
                        .until(() -> stdout.text().contains("streamer is live"));
            }
        }
    }
}
