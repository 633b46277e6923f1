package dev.twitchkit.eventsub.lifecycle;

/**
 * A conduit shard of the client stopped delivering to it: its session ended, Twitch disabled it, or another
 * process took it over.
 *
 * @param conduitId the conduit
 * @param shardId the shard id
 * @param sessionId the session it delivered to; null if it was never associated
 * @param reason what happened
 * @param willReconnect whether the client re-associates the shard by itself
 */
public record ShardDisconnectedEvent(String conduitId, int shardId, String sessionId, String reason,
                                     boolean willReconnect) implements LifecycleEvent {
}
