package dev.twitchkit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.twitchkit.App;
import dev.twitchkit.TwitchUrls;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@link WebhookApp} runs against the mock, which calls its callback on this machine as Twitch would. */
class WebhookAppTest {

    @Test
    void answersTheChallengesAndPrintsAFollowDeliveredByWebhook() throws Exception {
        try (StdoutCapture stdout = new StdoutCapture(); MockTwitch twitch = MockTwitch.start()) {
            MockUser streamer = twitch.createUser("streamer", "moderator:read:followers");
            TwitchUrls urls = TwitchUrls.forMock(twitch.urls().base());
            String conduitId;
            try (App admin = App.builder(twitch.clientId(), twitch.clientSecret()).urls(urls).build()) {
                admin.authorize().join();
                conduitId = admin.application().conduits().createConduit(2).join().id();
            }
            int port = freePort();

            try (RunningExample app = RunningExample.start("webhook-app", () -> WebhookApp.run(twitch.clientId(),
                    twitch.clientSecret(), urls, port, URI.create("http://127.0.0.1:" + port), streamer.id(),
                    streamer.id(), conduitId))) {
                app.awaitSubscribed(twitch, "channel.follow", "stream.online");
                assertThat(twitch.subscriptions()).filteredOn(s -> s.type().equals("channel.follow"))
                        .singleElement().satisfies(s -> assertThat(s.method()).isEqualTo("webhook"));

                twitch.trigger("channel.follow").to(streamer).override("user_name", "Someone").send();

                await().atMost(Duration.ofSeconds(20)).until(() -> stdout.text().contains("Someone followed"));
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
