package dev.twitchkit.examples;

import dev.twitchkit.TwitchUrls;
import dev.twitchkit.WebhookClient;
import dev.twitchkit.eventsub.event.ChannelFollowEvent;
import java.net.InetSocketAddress;
import java.net.URI;

/**
 * The README's webhook example: follows by webhook, and a conduit shard delivering by webhook to the same callback.
 * The lines between the README markers are the README's snippet, word for word.
 *
 * <p>Run behind a TLS proxy forwarding {@code PUBLIC_URL/twitch} to port 8080: {@code TWITCH_CLIENT_ID=…
 * TWITCH_CLIENT_SECRET=… java dev.twitchkit.examples.WebhookApp PUBLIC_URL BROADCASTER_ID MODERATOR_ID CONDUIT_ID}.
 */
public final class WebhookApp {
    private WebhookApp() {
    }

    /** Runs against the real Twitch until interrupted. */
    public static void main(String[] args) throws InterruptedException {
        run(Env.require("TWITCH_CLIENT_ID"), Env.require("TWITCH_CLIENT_SECRET"), TwitchUrls.TWITCH, 8080,
                URI.create(args[0]), args[1], args[2], args[3]);
    }

    /**
     * Serves the callback on {@code port}, subscribes, and runs until interrupted (the interrupt closes it).
     *
     * @param publicUrl where Twitch reaches the server, e.g. {@code https://bot.example.com}
     * @param conduitId a conduit of the application with at least two shards
     */
    public static void run(String clientId, String clientSecret, TwitchUrls urls, int port, URI publicUrl,
                           String broadcasterId, String moderatorId, String conduitId) throws InterruptedException {
        // README:webhook-app
        try (WebhookClient app = WebhookClient.builder(clientId, clientSecret).urls(urls).build()) { // secret generated securely
            app.on(ChannelFollowEvent.class, n -> System.out.println(n.event().userName() + " followed"));
            app.serve(new InetSocketAddress(port), "/twitch");        // the JDK's built-in server, behind your TLS proxy
            app.start().join();                                        // app token
            URI callback = publicUrl.resolve("/twitch");               // e.g. https://bot.example.com/twitch
            app.eventsub(callback).channelFollow(broadcasterId, moderatorId).join();    // challenge answered on its own
            app.conduits().webhookShard(conduitId, 1, callback, app.secret()).join();   // a conduit shard as webhook
            app.conduitEventSub(conduitId).streamOnline(broadcasterId).join();         // conduit transport, app token
            app.waitUntilClosed();
        }
        // README:end
    }
}
