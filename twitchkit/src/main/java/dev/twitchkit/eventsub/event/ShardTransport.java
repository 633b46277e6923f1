package dev.twitchkit.eventsub.event;

import java.time.Instant;

/**
 * The transport of a disabled shard; webhook fields or WebSocket fields are set, by {@code method}.
 *
 * @param method {@code method}
 * @param callback {@code callback}; may be null: webhook only
 * @param sessionId {@code session_id}; may be null: WebSocket only
 * @param connectedAt the time in {@code connected_at}, to Twitch's nanosecond precision; may be null: WebSocket
 *     only
 * @param disconnectedAt the time in {@code disconnected_at}, to Twitch's nanosecond precision; may be null:
 *     WebSocket only
 */
public record ShardTransport(
        ShardTransportMethod method,
        String callback,
        String sessionId,
        Instant connectedAt,
        Instant disconnectedAt) {
}
