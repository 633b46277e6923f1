package dev.twitchkit.helix.conduits;

import dev.twitchkit.helix.eventsub.EventSubTransport;

/**
 * A conduit shard as Helix reports it.
 *
 * @param id the shard id ({@code "0"} to {@code shard_count - 1})
 * @param status {@code enabled}, {@code websocket_disconnected}, … ; see Twitch's Get Conduit Shards
 * @param transport where it delivers
 */
public record ConduitShard(String id, String status, EventSubTransport transport) {
}
