package dev.twitchkit.helix.conduits;

/**
 * A conduit.
 *
 * @param id the conduit id
 * @param shardCount how many shards it has
 */
public record Conduit(String id, int shardCount) {
}
