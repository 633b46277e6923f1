package dev.twitchkit.examples;

import dev.twitchkit.ClientUser;
import dev.twitchkit.eventsub.event.ChannelChatMessageEvent;
import dev.twitchkit.eventsub.event.ChannelRaidEvent;
import java.time.Duration;
import java.util.Locale;

/**
 * The README's moderation bot: a timeout for a blocked word, a poll on command, a shoutout to whoever raids. The
 * lines between the README markers are the README's snippet, word for word.
 */
public final class ModerationBot {
    private ModerationBot() {
    }

    /** Starts {@code bot} as the README shows; returns once it listens. */
    public static void start(ClientUser bot, String accessToken, String refreshToken) {
        // README:moderation-bot
        bot.on(ChannelChatMessageEvent.class, n -> {
            ChannelChatMessageEvent chat = n.event();
            String text = chat.message().text().toLowerCase(Locale.ROOT);
            if (text.contains("spoiler")) {                                    // a blocked word: ten minutes out
                bot.user().moderation().timeoutUser(chat.broadcasterUserId(), chat.chatterUserId(),
                        Duration.ofMinutes(10), "no spoilers").join();
            } else if (text.equals("!poll")) {                                 // a poll on command
                bot.user().polls().createPoll("Next game?", Duration.ofMinutes(2), "Chess", "Go").join();
            }
        });
        bot.on(ChannelRaidEvent.class, n ->                                    // a shoutout to whoever raids
                bot.user().chat().sendShoutout(bot.userId(), n.event().fromBroadcasterUserId()).join());
        bot.start(accessToken, refreshToken).join();
        bot.eventsub().channelChatMessage().join();
        bot.eventsub().channelRaid(null, bot.userId()).join();
        // README:end
    }
}
