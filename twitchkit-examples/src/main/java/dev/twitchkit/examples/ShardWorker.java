package dev.twitchkit.examples;

import dev.twitchkit.ClientApp;
import dev.twitchkit.TwitchUrls;
import dev.twitchkit.eventsub.event.StreamOnlineEvent;
import dev.twitchkit.eventsub.lifecycle.ReadyEvent;
import java.util.List;

/**
 * The seed client reference's {@code ClientApp.run(conduit_id, shard_ids)}, in twitchkit: one process of a conduit
 * takes the first free shard of those listed, subscribes once ready, prints who goes live, and blocks until
 * interrupted. Several such processes share one conduit.
 *
 * <p>Run: {@code TWITCH_CLIENT_ID=… TWITCH_CLIENT_SECRET=… java dev.twitchkit.examples.ShardWorker CONDUIT_ID
 * BROADCASTER_ID}.
 */
public final class ShardWorker {
    private ShardWorker() {
    }

    /** Runs one shard of the conduit against the real Twitch until interrupted. */
    public static void main(String[] args) {
        run(Env.require("TWITCH_CLIENT_ID"), Env.require("TWITCH_CLIENT_SECRET"), TwitchUrls.TWITCH, args[0],
                args[1]);
    }

    /** Runs on shard 0 or 1 of {@code conduitId} until interrupted (the interrupt closes the client). */
    public static void run(String clientId, String clientSecret, TwitchUrls urls, String conduitId,
                           String broadcasterId) {
        try (ClientApp app = ClientApp.builder(clientId, clientSecret).urls(urls).build()) {
            app.on(StreamOnlineEvent.class, n -> System.out.println(n.event().broadcasterUserLogin() + " is live"));
            app.onLifecycle(ReadyEvent.class, ready -> app.eventsub().streamOnline(broadcasterId).join());
            app.run(conduitId, List.of(0, 1));                   // the seed's run(conduit_id, shard_ids)
        }
    }
}
