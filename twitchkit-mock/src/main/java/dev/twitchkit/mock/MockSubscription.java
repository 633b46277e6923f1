package dev.twitchkit.mock;

import java.time.Instant;
import java.util.Map;

/**
 * A snapshot of an EventSub subscription the mock holds ({@link MockTwitch#subscriptions()}).
 *
 * @param method the transport method: {@code websocket}, {@code conduit} or {@code webhook}
 * @param target the session id, conduit id or callback URL
 * @param userId the user whose token created it; null for app tokens
 * @param disconnectedAt when its websocket session was lost; null while connected or for other transports
 */
public record MockSubscription(String id, String status, String type, String version, int cost,
                               Map<String, String> condition, String method, String target, String clientId,
                               String userId, Instant createdAt, Instant disconnectedAt) {
    public MockSubscription {
        condition = Map.copyOf(condition);
    }

    /** Whether it still receives notifications. */
    public boolean enabled() {
        return "enabled".equals(status);
    }
}
