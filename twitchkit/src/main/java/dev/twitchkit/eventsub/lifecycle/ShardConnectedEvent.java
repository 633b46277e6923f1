package dev.twitchkit.eventsub.lifecycle;

/**
 * A conduit shard was associated with one of the client's WebSocket sessions: notifications routed to it flow to
 * this client from now on. Not fired after a {@code session_reconnect} handover, which keeps the association.
 *
 * @param conduitId the conduit
 * @param shardId the shard id
 * @param sessionId the session the shard now delivers to
 */
public record ShardConnectedEvent(String conduitId, int shardId, String sessionId) implements LifecycleEvent {
}
