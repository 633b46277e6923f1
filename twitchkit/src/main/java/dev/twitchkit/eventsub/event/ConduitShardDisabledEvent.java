package dev.twitchkit.eventsub.event;

/**
 * A shard of a conduit owned by the client was disabled.
 *
 * <p>EventSub type {@code conduit.shard.disabled}, version {@code 1}.
 *
 * @param conduitId {@code conduit_id}
 * @param shardId {@code shard_id}
 * @param status {@code status}
 * @param transport {@code transport}
 */
public record ConduitShardDisabledEvent(
        String conduitId,
        String shardId,
        ShardStatus status,
        ShardTransport transport) implements EventSubEvent {
}
