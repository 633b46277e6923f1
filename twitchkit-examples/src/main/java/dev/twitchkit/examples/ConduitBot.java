package dev.twitchkit.examples;

import dev.twitchkit.MultiShardClientApp;
import dev.twitchkit.TwitchUrls;
import dev.twitchkit.helix.conduits.Conduit;
import dev.twitchkit.eventsub.event.StreamOnlineEvent;
import java.util.List;

/**
 * The README's conduit example: an application on a conduit of four shards, printing who goes live. The lines
 * between the README markers are the README's snippet, word for word.
 *
 * <p>Run: {@code TWITCH_CLIENT_ID=… TWITCH_CLIENT_SECRET=… java dev.twitchkit.examples.ConduitBot BROADCASTER_ID}.
 */
public final class ConduitBot {
    private ConduitBot() {
    }

    /** Runs the application against the real Twitch until interrupted. */
    public static void main(String[] args) throws InterruptedException {
        run(Env.require("TWITCH_CLIENT_ID"), Env.require("TWITCH_CLIENT_SECRET"), TwitchUrls.TWITCH, args[0]);
    }

    /** Runs the application until interrupted (the interrupt closes it). */
    public static void run(String clientId, String clientSecret, TwitchUrls urls, String broadcasterId)
            throws InterruptedException {
        // README:conduit-app
        try (MultiShardClientApp app = MultiShardClientApp.builder(clientId, clientSecret).urls(urls).build()) {
            app.on(StreamOnlineEvent.class, n -> System.out.println(n.event().broadcasterUserLogin() + " is live"));
            app.authorize().join();                                          // app token (client credentials)
            Conduit conduit = app.conduits().adoptOrCreate(4).join();        // ConduitManager: create/adopt/resize/delete
            app.connect(conduit.id(), List.of(0, 1, 2, 3)).join();           // every shard associated: ready
            app.eventsub().streamOnline(broadcasterId).join();               // conduit transport, app token
            app.waitUntilClosed();
        }
        // README:end
    }
}
