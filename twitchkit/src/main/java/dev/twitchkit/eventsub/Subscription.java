package dev.twitchkit.eventsub;

import java.util.Map;

/**
 * An EventSub subscription the client holds on a WebSocket session.
 *
 * @param id Twitch's subscription id
 * @param type the subscription type, e.g. {@code channel.follow}
 * @param version the version, e.g. {@code 2}
 * @param condition the condition Twitch matches on
 * @param cost what it counts against {@code max_total_cost}
 * @param sessionId the WebSocket session it is bound to
 */
public record Subscription(String id, String type, String version, Map<String, String> condition, int cost,
                           String sessionId) {
    /** Copies the condition. */
    public Subscription {
        condition = Map.copyOf(condition);
    }
}
