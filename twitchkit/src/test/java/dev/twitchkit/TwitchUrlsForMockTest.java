package dev.twitchkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.twitchkit.eventsub.event.ChannelFollowEvent;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUrls;
import dev.twitchkit.mock.MockUser;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@link TwitchUrls#forMock} points every client address at a running mock from its base URL alone. */
class TwitchUrlsForMockTest {

    @Test
    void theBaseUrlGivesTheMocksOwnAddresses() {
        try (MockTwitch twitch = MockTwitch.start()) {
            MockUrls mock = twitch.urls();
            TwitchUrls urls = TwitchUrls.forMock(mock.base());

            assertThat(urls).isEqualTo(TwitchUrls.of(mock.eventSubWebSocket(), mock.helix(), mock.oauth()));
            assertThat(TwitchUrls.forMock(URI.create(mock.base() + "/"))).isEqualTo(urls);
        }
    }

    @Test
    void aBotPointedAtTheMockWithOneCallLogsInSubscribesAndReceives() throws Exception {
        try (MockTwitch twitch = MockTwitch.start();
             ClientUser bot = ClientUser.builder(twitch.clientId(), twitch.clientSecret())
                     .urls(TwitchUrls.forMock(twitch.urls().base())).build()) {
            MockUser streamer = twitch.createUser("streamer", "moderator:read:followers");
            CompletableFuture<ChannelFollowEvent> followed = new CompletableFuture<>();
            bot.on(ChannelFollowEvent.class, n -> followed.complete(n.event()));

            bot.start(streamer.accessToken(), streamer.refreshToken()).get(10, TimeUnit.SECONDS);
            bot.eventsub().channelFollow().get(10, TimeUnit.SECONDS);
            twitch.trigger("channel.follow").to(streamer).override("user_name", "Someone").send();

            assertThat(followed.get(10, TimeUnit.SECONDS).userName()).isEqualTo("Someone");
        }
    }

    @Test
    void httpsGivesASecureWebSocket() {
        TwitchUrls urls = TwitchUrls.forMock(URI.create("https://mock.example:8443"));

        assertThat(urls.eventSubWebSocket()).isEqualTo(URI.create("wss://mock.example:8443/ws"));
        assertThat(urls.helix()).isEqualTo(URI.create("https://mock.example:8443/helix"));
        assertThat(urls.oauth()).isEqualTo(URI.create("https://mock.example:8443/oauth2"));
    }

    @Test
    void anythingButAHostAndPortIsRefusedSayingWhatIsExpected() {
        assertThatThrownBy(() -> TwitchUrls.forMock(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("base");
        for (String bad : new String[] {"ws://127.0.0.1:8080", "http://127.0.0.1:8080/helix",
                "http://127.0.0.1:8080?x=1", "localhost:8080", "http:///helix"}) {
            assertThatThrownBy(() -> TwitchUrls.forMock(URI.create(bad)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("http://127.0.0.1:8080")
                    .hasMessageEndingWith(bad);
        }
    }
}
