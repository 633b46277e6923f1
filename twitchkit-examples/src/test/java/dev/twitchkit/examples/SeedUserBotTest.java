package dev.twitchkit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.twitchkit.TwitchUrls;
import dev.twitchkit.mock.MockChatMessage;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@link SeedUserBot} runs against the mock: subscribes once ready, a throwing handler reaches onError only. */
class SeedUserBotTest {

    @Test
    void subscribesWhenReadyReportsAThrowingHandlerAndGoesOn() throws Exception {
        try (StdoutCapture stdout = new StdoutCapture(); MockTwitch twitch = MockTwitch.start()) {
            MockUser streamer = twitch.createUser("streamer", "user:read:chat", "user:write:chat");
            try (RunningExample bot = RunningExample.start("seed-user-bot", () -> SeedUserBot.run(twitch.clientId(),
                    twitch.clientSecret(), TwitchUrls.forMock(twitch.urls().base()), streamer.accessToken(),
                    streamer.refreshToken()))) {
                bot.awaitSubscribed(twitch, "channel.chat.message");

                twitch.trigger("channel.chat.message").to(streamer).override("message.text", "!boom")
                        .override("chatter_user_login", "mallory").send();
                await().atMost(Duration.ofSeconds(20))
                        .until(() -> stdout.text().contains("boom asked by mallory"));
                assertThat(stdout.text()).contains("handler failed (");

                twitch.trigger("channel.chat.message").to(streamer).override("message.text", "!ping").send();
                MockChatMessage answer = twitch.takeChatMessage(Duration.ofSeconds(10));
                assertThat(answer).isNotNull();
                assertThat(answer.text()).isEqualTo("pong");
            }
        }
    }
}
