package dev.twitchkit.examples;

import dev.twitchkit.ClientUser;
import dev.twitchkit.TwitchUrls;
import dev.twitchkit.eventsub.event.ChannelChatMessageEvent;
import dev.twitchkit.eventsub.event.ChannelFollowEvent;
import dev.twitchkit.eventsub.lifecycle.SessionRecreatedEvent;

/**
 * The README's "A bot in a few lines": prints follows, answers {@code !ping} with {@code pong}. The lines between
 * the README markers are the README's snippet, word for word.
 *
 * <p>Run: {@code TWITCH_CLIENT_ID=… TWITCH_CLIENT_SECRET=… java dev.twitchkit.examples.PingBot ACCESS REFRESH}.
 */
public final class PingBot {
    private PingBot() {
    }

    /** Runs the bot against the real Twitch until interrupted. */
    public static void main(String[] args) throws InterruptedException {
        run(Env.require("TWITCH_CLIENT_ID"), Env.require("TWITCH_CLIENT_SECRET"), TwitchUrls.TWITCH, args[0],
                args.length > 1 ? args[1] : null);
    }

    /** Runs the bot until interrupted (the interrupt closes it). */
    public static void run(String clientId, String clientSecret, TwitchUrls urls, String accessToken,
                           String refreshToken) throws InterruptedException {
        // README:ping-bot
        try (ClientUser bot = ClientUser.builder(clientId, clientSecret).urls(urls).build()) { // TwitchUrls.TWITCH
            bot.on(ChannelFollowEvent.class, n -> System.out.println(n.event().userName() + " followed"));
            bot.on(ChannelChatMessageEvent.class, n -> {
                if (n.event().message().text().equals("!ping")) {
                    bot.user().chat().sendChatMessage(n.event().broadcasterUserId(), bot.userId(), "pong").join();
                }
            });
            bot.onLifecycle(SessionRecreatedEvent.class, e -> System.out.println("reconnected after a loss"));
            bot.start(accessToken, refreshToken).join();            // app token, login (validate/refresh), ready
            bot.eventsub().channelFollow(bot.userId()).join();      // the socket opens with the first subscription
            bot.eventsub().channelChatMessage(bot.userId()).join();
            bot.waitUntilClosed();
        }
        // README:end
    }
}
