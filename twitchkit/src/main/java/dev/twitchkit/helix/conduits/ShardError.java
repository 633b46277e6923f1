package dev.twitchkit.helix.conduits;

/**
 * A shard Update Conduit Shards could not update.
 *
 * @param id the shard id
 * @param message Twitch's reason
 * @param code Twitch's code, e.g. {@code websocket_session_not_found}
 */
public record ShardError(String id, String message, String code) {
}
