package dev.twitchkit.examples;

import dev.twitchkit.ClientUser;
import dev.twitchkit.TwitchUrls;
import dev.twitchkit.auth.JsonFileTokenStore;
import dev.twitchkit.auth.Token;
import dev.twitchkit.eventsub.event.ChannelChatMessageEvent;
import java.nio.file.Path;

/**
 * The README's "A first bot against the real Twitch": a bot on the token {@code twitchkit token} stored, answering
 * {@code !ping}. The lines between the README markers are the README's snippet, word for word.
 *
 * <p>Run: {@code TWITCH_CLIENT_ID=… TWITCH_CLIENT_SECRET=… java dev.twitchkit.examples.FirstBot TOKEN_FILE}; without
 * {@code TWITCH_CLIENT_SECRET} the application is a public client, whose device code token the bot refreshes
 * without a secret.
 */
public final class FirstBot {
    private FirstBot() {
    }

    /** Runs the bot against the real Twitch until interrupted. */
    public static void main(String[] args) throws InterruptedException {
        run(Env.require("TWITCH_CLIENT_ID"), Env.optional("TWITCH_CLIENT_SECRET"), TwitchUrls.TWITCH, Path.of(args[0]));
    }

    /**
     * Runs the bot on the first user token of {@code tokenFile} until interrupted (the interrupt closes it); a null
     * {@code clientSecret} runs it as a public client.
     */
    public static void run(String clientId, String clientSecret, TwitchUrls urls, Path tokenFile)
            throws InterruptedException {
        // README:first-bot
        JsonFileTokenStore store = new JsonFileTokenStore(tokenFile);        // the file `twitchkit token` printed
        Token token = store.loadAll().stream().filter(t -> !t.app()).findFirst().orElseThrow();
        try (ClientUser bot = ClientUser.builder(clientId, clientSecret).urls(urls).tokenStore(store).build()) {
            bot.on(ChannelChatMessageEvent.class, n -> {
                if (n.event().message().text().equals("!ping")) {
                    bot.user().chat().sendChatMessage(n.event().broadcasterUserId(), bot.userId(), "pong").join();
                }
            });
            bot.start(token.accessToken(), token.refreshToken()).join();
            bot.eventsub().channelChatMessage().join();                        // the bot's own channel
            bot.waitUntilClosed();
        }
        // README:end
    }
}
