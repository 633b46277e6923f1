package dev.twitchkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.TwitchUrls;
import dev.twitchkit.auth.JsonFileTokenStore;
import dev.twitchkit.auth.Token;
import dev.twitchkit.mock.MockChatMessage;
import dev.twitchkit.mock.MockClient;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link FirstBot} runs against the mock on a token file as {@code twitchkit token} leaves it. */
class FirstBotTest {

    @Test
    void runsOnTheStoredTokenAndAnswersPing(@TempDir Path dir) throws Exception {
        try (MockTwitch twitch = MockTwitch.start()) {
            MockUser streamer = twitch.createUser("streamer", "user:read:chat", "user:write:chat");
            Path tokenFile = dir.resolve("tokens.json");
            new JsonFileTokenStore(tokenFile).save(Token.ofUser(streamer.id(), streamer.accessToken(),
                    streamer.refreshToken()));

            try (RunningExample bot = RunningExample.start("first-bot", () -> FirstBot.run(twitch.clientId(),
                    twitch.clientSecret(), TwitchUrls.forMock(twitch.urls().base()), tokenFile))) {
                bot.awaitSubscribed(twitch, "channel.chat.message");

                twitch.trigger("channel.chat.message").to(streamer).override("message.text", "!ping").send();

                MockChatMessage answer = twitch.takeChatMessage(Duration.ofSeconds(10));
                assertThat(answer).isNotNull();
                assertThat(answer.text()).isEqualTo("pong");
            }
        }
    }

    @Test
    void startsOnAStoredTokenThatExpiredBeforeItStarted(@TempDir Path dir) throws Exception {
        try (MockTwitch twitch = MockTwitch.start()) {
            MockClient desktop = twitch.registerPublicClient("desktop bot");
            MockUser streamer = twitch.issueToken(desktop, twitch.createUser("streamer").id(), "user:read:chat",
                    "user:write:chat");
            Path tokenFile = dir.resolve("tokens.json");
            new JsonFileTokenStore(tokenFile).save(Token.ofUser(streamer.id(), streamer.accessToken(),
                    streamer.refreshToken()));
            // The file's pair is stale by the time the bot logs in: authorize() refreshes the stored token first,
            // which rotates its refresh token; the bot then goes on with the successor instead of failing.
            twitch.expireToken(streamer.accessToken());

            try (RunningExample bot = RunningExample.start("first-bot", () -> FirstBot.run(desktop.clientId(), null,
                    TwitchUrls.forMock(twitch.urls().base()), tokenFile))) {
                bot.awaitSubscribed(twitch, "channel.chat.message");

                twitch.trigger("channel.chat.message").to(streamer).override("message.text", "!ping").send();

                assertThat(twitch.takeChatMessage(Duration.ofSeconds(10))).isNotNull()
                        .satisfies(answer -> assertThat(answer.text()).isEqualTo("pong"));
                assertThat(twitch.refreshCount(streamer.id())).as("refreshed once, by authorize()").isEqualTo(1);
            }
        }
    }

    @Test
    void runsAsAPublicClientWithoutASecret(@TempDir Path dir) throws Exception {
        try (MockTwitch twitch = MockTwitch.start()) {
            MockClient desktop = twitch.registerPublicClient("desktop bot");
            MockUser streamer = twitch.issueToken(desktop, twitch.createUser("streamer").id(), "user:read:chat",
                    "user:write:chat");
            Path tokenFile = dir.resolve("tokens.json");
            new JsonFileTokenStore(tokenFile).save(Token.ofUser(streamer.id(), streamer.accessToken(),
                    streamer.refreshToken()));

            try (RunningExample bot = RunningExample.start("first-bot", () -> FirstBot.run(desktop.clientId(), null,
                    TwitchUrls.forMock(twitch.urls().base()), tokenFile))) {
                bot.awaitSubscribed(twitch, "channel.chat.message");
                twitch.expireToken(streamer.accessToken());

                twitch.trigger("channel.chat.message").to(streamer).override("message.text", "!ping").send();

                assertThat(twitch.takeChatMessage(Duration.ofSeconds(10))).isNotNull()
                        .satisfies(answer -> assertThat(answer.text()).isEqualTo("pong"));
                assertThat(twitch.refreshCount(streamer.id())).as("the 401 refreshed the token without a secret")
                        .isEqualTo(1);
            }
        }
    }
}
