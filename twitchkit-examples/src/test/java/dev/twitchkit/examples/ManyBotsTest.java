package dev.twitchkit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.twitchkit.TwitchUrls;
import dev.twitchkit.auth.Token;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ManyBots} runs three bots on one Netty transport against the mock; each prints its channel's chat. */
class ManyBotsTest {

    @Test
    void threeBotsOnOneTransportEachHearTheirChannel() throws Exception {
        try (MockTwitch twitch = MockTwitch.start(); StdoutCapture out = new StdoutCapture()) {
            List<MockUser> streamers = List.of(twitch.createUser("alpha", "user:read:chat"),
                    twitch.createUser("beta", "user:read:chat"), twitch.createUser("gamma", "user:read:chat"));
            List<Token> tokens = streamers.stream()
                    .map(s -> Token.ofUser(s.id(), s.accessToken(), s.refreshToken())).toList();

            try (RunningExample bots = RunningExample.start("many-bots", () -> ManyBots.run(twitch.clientId(),
                    twitch.clientSecret(), TwitchUrls.forMock(twitch.urls().base()), tokens))) {
                await().atMost(Duration.ofSeconds(20)).until(() -> twitch.subscriptions().stream()
                        .filter(s -> s.type().equals("channel.chat.message") && s.status().equals("enabled"))
                        .count() == 3);

                for (MockUser streamer : streamers) {
                    twitch.trigger("channel.chat.message").to(streamer)
                            .override("message.text", "hello " + streamer.login()).send();
                }

                await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(out.text())
                        .contains("alpha: hello alpha", "beta: hello beta", "gamma: hello gamma"));
            }
        }
    }
}
