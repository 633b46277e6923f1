package dev.twitchkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.TwitchUrls;
import dev.twitchkit.mock.MockChatMessage;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@link PingBot} runs against the mock: subscribes to follows and chat, answers {@code !ping}, stops on Ctrl-C. */
class PingBotTest {

    @Test
    void answersPingWithPongAndStopsWhenInterrupted() throws Exception {
        try (MockTwitch twitch = MockTwitch.start()) {
            MockUser streamer = twitch.createUser("streamer", "moderator:read:followers", "user:read:chat",
                    "user:write:chat");
            try (RunningExample bot = RunningExample.start("ping-bot", () -> PingBot.run(twitch.clientId(),
                    twitch.clientSecret(), TwitchUrls.forMock(twitch.urls().base()), streamer.accessToken(),
                    streamer.refreshToken()))) {
                bot.awaitSubscribed(twitch, "channel.follow", "channel.chat.message");

                twitch.trigger("channel.chat.message").to(streamer).override("message.text", "!ping").send();

                MockChatMessage answer = twitch.takeChatMessage(Duration.ofSeconds(10));
                assertThat(answer).isNotNull();
                assertThat(answer.text()).isEqualTo("pong");
                assertThat(answer.broadcasterId()).isEqualTo(streamer.id());
                assertThat(answer.senderId()).isEqualTo(streamer.id());
            }
        }
    }
}
