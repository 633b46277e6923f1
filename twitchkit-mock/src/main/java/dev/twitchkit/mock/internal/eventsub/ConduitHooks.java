package dev.twitchkit.mock.internal.eventsub;

/**
 * What the WebSocket side needs from conduits, implemented in {@code internal.conduit}. Called under the
 * {@link EventSubServer}'s lock except {@link #deliver}.
 */
public interface ConduitHooks {
    /** Throws Twitch's 400/404 unless the conduit exists and belongs to the client. */
    void checkConduit(String clientId, String conduitId);

    /**
     * Sends a notification frame of a conduit subscription to the shard the routing key hashes to (retrying
     * one other shard when that one is disabled). False when it was dropped.
     */
    boolean deliver(Subscription sub, String routingKey, String frame);

    /** Whether a session is some shard's transport (which exempts it from the 4003 rule). */
    boolean holdsSession(String sessionId);

    /** A session was lost; shards using it take this status. */
    void sessionLost(String sessionId, String shardStatus);
}
