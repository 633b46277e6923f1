package dev.twitchkit.mock.eventsub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlowClientTest {

    @Test
    void aClientThatStopsReadingCostsTheSenderOneWaitThenNotificationsAreDropped() throws Exception {
        try (MockTwitch twitch = MockTwitch.builder().requireSubscription(false).start();
             RawWebSocket stuck = RawWebSocket.connect(twitch.port(), "/ws")) {
            MockUser streamer = twitch.createUser("streamer");
            String session = WsProbe.JSON.readTree(stuck.readText()).path("payload").path("session").path("id")
                    .asString();
            new Helix(twitch).subscribeOk(streamer.accessToken(), "stream.online", "1",
                    "{\"broadcaster_user_id\":\"" + streamer.id() + "\"}", session);
            // Returning at all is the point: a client that stops reading must not block the sender for good.
            List<String> sent = twitch.trigger("stream.online").to(streamer).override("title", "x".repeat(2000))
                    .repeat(6_000).send();
            assertThat(twitch.counters().dropped()).isPositive();
            assertThat(sent.size() + twitch.counters().dropped()).isEqualTo(6_000);
        }
    }
}
