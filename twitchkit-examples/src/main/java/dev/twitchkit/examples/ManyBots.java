package dev.twitchkit.examples;

import dev.twitchkit.ClientUser;
import dev.twitchkit.TwitchUrls;
import dev.twitchkit.auth.Token;
import dev.twitchkit.eventsub.event.ChannelChatMessageEvent;
import dev.twitchkit.transport.netty.NettyWebSocketTransport;
import java.util.ArrayList;
import java.util.List;

/**
 * The README's "WebSocket transports": many bots in one process on one Netty transport of their own making (its
 * thread count chosen), each printing its channel's chat. The lines between the README markers are the README's
 * snippet, word for word.
 */
public final class ManyBots {
    private ManyBots() {
    }

    /** Runs a bot per token on one shared transport until interrupted (the interrupt closes them). */
    public static void run(String clientId, String clientSecret, TwitchUrls urls, List<Token> tokens)
            throws InterruptedException {
        // README:many-bots
        try (NettyWebSocketTransport netty = NettyWebSocketTransport.builder().threads(2).build()) {
            List<ClientUser> bots = new ArrayList<>();
            try {
                for (Token token : tokens) {
                    ClientUser bot = ClientUser.builder(clientId, clientSecret).urls(urls).transport(netty).build();
                    bots.add(bot);
                    bot.on(ChannelChatMessageEvent.class, n ->
                            System.out.println(n.event().broadcasterUserLogin() + ": " + n.event().message().text()));
                    bot.start(token.accessToken(), token.refreshToken()).join();
                    bot.eventsub().channelChatMessage().join();                   // the bot's own channel
                }
                bots.get(0).waitUntilClosed();
            } finally {
                bots.forEach(ClientUser::close);                                  // the clients, then the transport
            }
        }
        // README:end
    }
}
