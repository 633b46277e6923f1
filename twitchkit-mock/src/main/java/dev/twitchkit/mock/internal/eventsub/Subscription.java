package dev.twitchkit.mock.internal.eventsub;

import java.time.Instant;
import java.util.Map;

/**
 * A subscription the mock holds. Identity and condition never change; status changes under the
 * {@link EventSubServer}'s lock and is read without it (volatile).
 */
public final class Subscription {
    private final String id;
    private final CatalogEntry entry;
    private final Map<String, String> condition;
    private final Transport transport;
    private final String clientId;
    private final String userId;
    private final int cost;
    private final Instant createdAt;
    private volatile String status = "enabled";
    private volatile Instant disconnectedAt;
    /** The subscription object as notifications carry it; written once, as an enabled subscription is sent. */
    private volatile String notificationJson;

    /**
     * Where a subscription's notifications go.
     *
     * @param method {@code websocket}, {@code conduit} or {@code webhook}
     * @param target the session id, conduit id or callback URL
     * @param connectedAt when the websocket session was welcomed (null for other methods)
     * @param secret the webhook signing secret (null for other methods)
     */
    public record Transport(String method, String target, Instant connectedAt, String secret) {
        /** A transport without a signing secret (websocket, conduit). */
        public Transport(String method, String target, Instant connectedAt) {
            this(method, target, connectedAt, null);
        }

        /** Never the secret. */
        @Override
        public String toString() {
            return "Transport[method=" + method + ", target=" + target + ", connectedAt=" + connectedAt + "]";
        }
    }

    public Subscription(String id, CatalogEntry entry, Map<String, String> condition, Transport transport,
                        String clientId, String userId, int cost, Instant createdAt) {
        this.id = id;
        this.entry = entry;
        this.condition = Map.copyOf(condition);
        this.transport = transport;
        this.clientId = clientId;
        this.userId = userId;
        this.cost = cost;
        this.createdAt = createdAt;
    }

    public String id() {
        return id;
    }

    public CatalogEntry entry() {
        return entry;
    }

    public String type() {
        return entry.type();
    }

    public String version() {
        return entry.version();
    }

    public Map<String, String> condition() {
        return condition;
    }

    public Transport transport() {
        return transport;
    }

    public String clientId() {
        return clientId;
    }

    /** The user whose token created it; null for app tokens. */
    public String userId() {
        return userId;
    }

    public int cost() {
        return cost;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String status() {
        return status;
    }

    public boolean enabled() {
        return "enabled".equals(status);
    }

    public Instant disconnectedAt() {
        return disconnectedAt;
    }

    /** A webhook subscription whose callback has not answered its challenge yet. */
    void awaitVerification() {
        this.status = "webhook_callback_verification_pending";
    }

    /** The callback answered the challenge: notifications flow. */
    void verified() {
        this.status = "enabled";
    }

    void disable(String newStatus, Instant at) {
        this.status = newStatus;
        if (newStatus.startsWith("websocket_")) {
            this.disconnectedAt = at;
        }
    }

    String notificationJson() {
        return notificationJson;
    }

    void notificationJson(String json) {
        this.notificationJson = json;
    }

    public boolean isWebSocket() {
        return "websocket".equals(transport.method());
    }

    public boolean isWebhook() {
        return "webhook".equals(transport.method());
    }

    public boolean isConduit() {
        return "conduit".equals(transport.method());
    }
}
