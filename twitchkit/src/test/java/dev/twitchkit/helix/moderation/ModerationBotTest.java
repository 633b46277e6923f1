package dev.twitchkit.helix.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.App;
import dev.twitchkit.AppTestSupport;
import dev.twitchkit.ClientUser;
import dev.twitchkit.eventsub.EventSubTestAccess;
import dev.twitchkit.eventsub.event.ChannelChatMessageDeleteEvent;
import dev.twitchkit.eventsub.event.ChannelChatMessageEvent;
import dev.twitchkit.helix.HelixApi;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A moderation bot in a few lines, against the mock: it times out whoever uses one of the channel's blocked terms
 * and deletes the message. The mock's world makes the round trip coherent: the term the bot blocks is the one it
 * reads back, the chat message it deletes is the one the chatter sent, the timeout shows in the banned list.
 */
class ModerationBotTest {
    private MockTwitch twitch;
    private ClientUser bot;
    private App chatters;

    @BeforeEach
    void start() {
        twitch = EventSubTestAccess.fastMock().start();
        chatters = AppTestSupport.builder(twitch).build();
        bot = EventSubTestAccess.client(twitch);
    }

    @AfterEach
    void stop() {
        chatters.close();
        bot.close();
        twitch.close();
    }

    @Test
    void timesOutAChatterWhoUsesABlockedTermAndDeletesTheMessage() {
        MockUser streamer = twitch.createUser("streamer", "user:read:chat", "user:write:chat",
                "moderator:manage:blocked_terms", "moderator:manage:banned_users", "moderator:manage:chat_messages",
                "moderation:read");
        List<ChannelChatMessageDeleteEvent> deletions = new CopyOnWriteArrayList<>();
        bot.on(ChannelChatMessageDeleteEvent.class, n -> deletions.add(n.event()));

        // The bot: blocked terms in hand, a timeout and a deletion for each message that uses one.
        bot.on(ChannelChatMessageEvent.class, n -> {
            ChannelChatMessageEvent chat = n.event();
            String text = chat.message().text().toLowerCase(Locale.ROOT);
            List<BlockedTerm> terms = bot.user().moderation().getBlockedTerms(chat.broadcasterUserId()).all().join();
            if (terms.stream().anyMatch(t -> text.contains(t.text().toLowerCase(Locale.ROOT)))) {
                bot.user().moderation().timeoutUser(chat.broadcasterUserId(), chat.chatterUserId(),
                        Duration.ofMinutes(10), "blocked term").join();
                bot.user().moderation().deleteChatMessage(chat.broadcasterUserId(), chat.messageId()).join();
            }
        });
        bot.start(streamer.accessToken(), streamer.refreshToken()).join();
        bot.eventsub().channelChatMessage().join();
        bot.eventsub().channelChatMessageDelete().join();
        bot.user().moderation().addBlockedTerm(streamer.id(), "spoiler").join();

        MockUser chatter = twitch.createUser("chatter", "user:write:chat");
        HelixApi chatterApi = AppTestSupport.await(chatters.addUser(chatter.accessToken(), chatter.refreshToken()));
        chatterApi.chat().sendChatMessage(streamer.id(), chatter.id(), "hello").join();
        String bad = chatterApi.chat().sendChatMessage(streamer.id(), chatter.id(), "the SPOILER is...").join()
                .messageId();

        EventSubTestAccess.awaitTrue("the deletion", () -> !deletions.isEmpty());
        assertThat(deletions).extracting(ChannelChatMessageDeleteEvent::messageId).containsExactly(bad);
        List<BannedUser> banned = bot.user().moderation().getBannedUsers().all().join();
        assertThat(banned).extracting(BannedUser::userId).containsExactly(chatter.id());
        assertThat(banned.get(0).reason()).isEqualTo("blocked term");
        assertThat(banned.get(0).expiresAt()).isEqualTo(banned.get(0).createdAt().plus(Duration.ofMinutes(10)));
    }
}
