package dev.twitchkit.helix.conduits;

import dev.twitchkit.helix.Bodies;
import dev.twitchkit.helix.eventsub.EventSubTransport;
import dev.twitchkit.internal.Checks;
import java.util.Map;

/**
 * One shard's new transport, for Update Conduit Shards.
 *
 * @param id the shard id
 * @param transport the transport: {@link EventSubTransport#webSocket} or {@link EventSubTransport#webhook}
 */
public record ShardUpdate(String id, EventSubTransport transport) {
    /** Checks the shard id and transport. */
    public ShardUpdate {
        Checks.notBlank(id, "id");
        Checks.notNull(transport, "transport");
    }

    /** Points a shard at a WebSocket session. */
    public static ShardUpdate webSocket(String shardId, String sessionId) {
        return new ShardUpdate(shardId, EventSubTransport.webSocket(sessionId));
    }

    /** Points a shard at a webhook callback, signed with {@code secret} (10 to 100 ASCII characters). */
    public static ShardUpdate webhook(String shardId, String callback, String secret) {
        return new ShardUpdate(shardId, EventSubTransport.webhook(callback, secret));
    }

    Map<String, Object> toRequest() {
        return Bodies.of("id", id, "transport", transport.toRequest());
    }
}
