package dev.twitchkit.examples;

import dev.twitchkit.ClientUser;
import dev.twitchkit.TwitchUrls;
import dev.twitchkit.eventsub.event.ChannelChatMessageEvent;
import dev.twitchkit.eventsub.lifecycle.ReadyEvent;

/**
 * The seed client reference's {@code ClientUser}, in twitchkit: a subclass that registers its handlers and
 * subscriptions itself, overrides the error hook ({@code event_error}: {@link #onError}) and blocks in
 * {@link #run(String, String)} until interrupted.
 *
 * <p>Run: {@code TWITCH_CLIENT_ID=… TWITCH_CLIENT_SECRET=… java dev.twitchkit.examples.SeedUserBot ACCESS REFRESH}.
 */
public final class SeedUserBot extends ClientUser {

    /** A bot answering {@code !ping}; {@code !boom} makes its handler throw, which {@link #onError} reports. */
    public SeedUserBot(ClientUser.Builder builder) {
        super(builder);
        onLifecycle(ReadyEvent.class, ready -> eventsub().channelChatMessage().join()); // once logged in and connected
        on(ChannelChatMessageEvent.class, n -> {
            String text = n.event().message().text();
            if (text.equals("!boom")) {
                throw new IllegalStateException("boom asked by " + n.event().chatterUserLogin());
            }
            if (text.equals("!ping")) {
                user().chat().sendChatMessage(n.event().broadcasterUserId(), userId(), "pong").join();
            }
        });
    }

    /** Runs the bot against the real Twitch until interrupted. */
    public static void main(String[] args) {
        run(Env.require("TWITCH_CLIENT_ID"), Env.require("TWITCH_CLIENT_SECRET"), TwitchUrls.TWITCH, args[0],
                args.length > 1 ? args[1] : null);
    }

    /** Builds the bot for {@code urls} and runs it until interrupted (the interrupt closes it). */
    public static void run(String clientId, String clientSecret, TwitchUrls urls, String accessToken,
                           String refreshToken) {
        try (SeedUserBot bot = new SeedUserBot(ClientUser.builder(clientId, clientSecret).urls(urls))) {
            bot.run(accessToken, refreshToken);
        }
    }

    /** A handler that threw: reported on stdout (the default logs it at ERROR), and the bot goes on. */
    @Override
    protected void onError(Throwable error, String context) {
        System.out.println("handler failed (" + context + "): " + error.getMessage());
    }
}
