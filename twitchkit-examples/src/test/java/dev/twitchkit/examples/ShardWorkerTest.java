package dev.twitchkit.examples;

import static org.awaitility.Awaitility.await;

import dev.twitchkit.App;
import dev.twitchkit.TwitchUrls;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Two {@link ShardWorker} processes share a conduit against the mock: each takes a shard, and events arrive. */
class ShardWorkerTest {

    @Test
    void twoWorkersTakeOneShardEachAndPrintWhoGoesLive() throws Exception {
        try (StdoutCapture stdout = new StdoutCapture(); MockTwitch twitch = MockTwitch.start()) {
            MockUser streamer = twitch.createUser("streamer");
            TwitchUrls urls = TwitchUrls.forMock(twitch.urls().base());
            String conduitId;
            try (App admin = App.builder(twitch.clientId(), twitch.clientSecret()).urls(urls).build()) {
                admin.authorize().join();
                conduitId = admin.application().conduits().createConduit(2).join().id();
            }

            try (RunningExample first = RunningExample.start("shard-worker-1", () -> ShardWorker.run(
                         twitch.clientId(), twitch.clientSecret(), urls, conduitId, streamer.id()))) {
                await().atMost(Duration.ofSeconds(20)).until(() -> enabledShards(twitch) == 1);
                try (RunningExample second = RunningExample.start("shard-worker-2", () -> ShardWorker.run(
                        twitch.clientId(), twitch.clientSecret(), urls, conduitId, streamer.id()))) {
                    await().atMost(Duration.ofSeconds(20)).until(() -> enabledShards(twitch) == 2);
                    first.awaitSubscribed(twitch, "stream.online");

                    twitch.trigger("stream.online").to(streamer).override("broadcaster_user_login", "streamer")
                            .send();

                    await().atMost(Duration.ofSeconds(20)).until(() -> stdout.text().contains("streamer is live"));
                }
            }
        }
    }

    private static long enabledShards(MockTwitch twitch) {
        return twitch.conduits().get(0).shards().stream().filter(s -> s.status().equals("enabled")).count();
    }
}
