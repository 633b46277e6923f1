package dev.twitchkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.ClientUser;
import dev.twitchkit.TwitchUrls;
import dev.twitchkit.eventsub.event.ChannelChatMessageEvent;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import dev.twitchkit.mock.junit.MockTwitchExtension;
import dev.twitchkit.mock.junit.MockTwitchSettings;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The README's test of a bot with the mock's JUnit 5 extension, word for word between the markers. */
// README:bot-test
@ExtendWith(MockTwitchExtension.class)
@MockTwitchSettings(minKeepaliveMillis = 1000, rateLimitPoints = 10)
class BotTest {
    @Test
    void answersChat(MockTwitch twitch) throws Exception {
        MockUser streamer = twitch.createUser("streamer", "user:read:chat", "user:write:chat");
        try (ClientUser bot = ClientUser.builder(twitch.clientId(), twitch.clientSecret())
                .urls(TwitchUrls.forMock(twitch.urls().base())).build()) {   // the mock in one call
            bot.on(ChannelChatMessageEvent.class, n -> {
                if (!n.event().chatterUserId().equals(bot.userId())) {           // not its own echo
                    bot.user().chat().sendChatMessage(n.event().broadcasterUserId(), bot.userId(), "hello!").join();
                }
            });
            bot.start(streamer.accessToken(), streamer.refreshToken()).join();
            bot.eventsub().channelChatMessage().join();
            twitch.trigger("channel.chat.message").to(streamer).send();     // someone chats
            assertThat(twitch.takeChatMessage(Duration.ofSeconds(10)).text()).isEqualTo("hello!");
        }
    }
}
// README:end
