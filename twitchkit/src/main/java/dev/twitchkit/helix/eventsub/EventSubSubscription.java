package dev.twitchkit.helix.eventsub;

import java.time.Instant;
import java.util.Map;

/**
 * An EventSub subscription as Helix reports it.
 *
 * @param id the subscription id
 * @param status {@code enabled}, {@code webhook_callback_verification_pending}, {@code websocket_disconnected}…
 * @param type the subscription type, e.g. {@code channel.follow}
 * @param version the type's version, e.g. {@code 2}
 * @param condition the condition members, e.g. {@code broadcaster_user_id}
 * @param createdAt when it was created
 * @param transport where it delivers
 * @param cost its cost against {@code max_total_cost}
 */
public record EventSubSubscription(String id, String status, String type, String version,
                                   Map<String, String> condition, Instant createdAt, EventSubTransport transport,
                                   int cost) {
    /** Copies the condition; null counts as empty. */
    public EventSubSubscription {
        condition = condition == null ? Map.of() : Map.copyOf(condition);
    }
}
