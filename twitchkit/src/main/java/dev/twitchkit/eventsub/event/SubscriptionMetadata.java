package dev.twitchkit.eventsub.event;

import java.time.Instant;
import java.util.Map;

/**
 * The {@code subscription} object Twitch sends with a notification or revocation.
 *
 * @param id the subscription id
 * @param status its status ({@code enabled}; for a revocation {@code user_removed}, {@code authorization_revoked},
 *               {@code version_removed}, ...)
 * @param type the subscription type
 * @param version the subscription version
 * @param cost what it counts against {@code max_total_cost}
 * @param condition the condition, field name to value
 * @param sessionId the WebSocket session of its transport; may be null (conduit transports)
 * @param createdAt when it was created; may be null if Twitch left it out
 */
public record SubscriptionMetadata(String id, String status, String type, String version, int cost,
                                   Map<String, String> condition, String sessionId, Instant createdAt) {
    /** Checks the type and version are given. */
    public SubscriptionMetadata {
        condition = Map.copyOf(condition);
    }
}
