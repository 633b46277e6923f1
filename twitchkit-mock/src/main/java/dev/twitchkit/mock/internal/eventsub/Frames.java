package dev.twitchkit.mock.internal.eventsub;

import java.time.Instant;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The text frames the EventSub WebSocket sends, in Twitch's envelope:
 * {@code {"metadata":{message_id, message_type, message_timestamp[, subscription_type, subscription_version]},
 * "payload":{…}}}. Notifications are assembled from pre-serialized pieces; the rare control messages go
 * through Jackson.
 */
public final class Frames {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ObjectMapper json;

    public Frames(ObjectMapper json) {
        this.json = json;
    }

    /** A notification; {@code eventJson} is the rendered event object (or array, for {@code events}). */
    public String notification(String messageId, Instant now, Subscription sub, String payloadKey, String eventJson) {
        String subJson = notificationSubscription(sub);
        return new StringBuilder(256 + subJson.length() + eventJson.length())
                .append("{\"metadata\":{\"message_id\":\"").append(messageId)
                .append("\",\"message_type\":\"notification\",\"message_timestamp\":\"")
                .append(Timestamps.format(now))
                .append("\",\"subscription_type\":\"").append(sub.type())
                .append("\",\"subscription_version\":\"").append(sub.version())
                .append("\"},\"payload\":{\"subscription\":").append(subJson)
                .append(",\"").append(payloadKey).append("\":").append(eventJson)
                .append("}}").toString();
    }

    public String welcome(String sessionId, int keepaliveSeconds, Instant connectedAt, Instant now) {
        ObjectNode session = NODES.objectNode();
        session.put("id", sessionId);
        session.put("status", "connected");
        session.put("connected_at", Timestamps.format(connectedAt));
        session.put("keepalive_timeout_seconds", keepaliveSeconds);
        session.putNull("reconnect_url");
        return envelope("session_welcome", now, null, NODES.objectNode().set("session", session));
    }

    public String keepalive(Instant now) {
        return envelope("session_keepalive", now, null, NODES.objectNode());
    }

    public String reconnect(String sessionId, String reconnectUrl, Instant connectedAt, Instant now) {
        ObjectNode session = NODES.objectNode();
        session.put("id", sessionId);
        session.put("status", "reconnecting");
        session.putNull("keepalive_timeout_seconds");
        session.put("reconnect_url", reconnectUrl);
        session.put("connected_at", Timestamps.format(connectedAt));
        return envelope("session_reconnect", now, null, NODES.objectNode().set("session", session));
    }

    /** A revocation: the subscription object already carries its new status. */
    public String revocation(Subscription sub, Instant now) {
        ObjectNode payload = NODES.objectNode();
        payload.set("subscription", SubscriptionJson.forNotification(sub));
        return envelope("revocation", now, sub, payload);
    }

    private String notificationSubscription(Subscription sub) {
        String cached = sub.notificationJson();
        if (cached == null) {
            cached = json.writeValueAsString(SubscriptionJson.forNotification(sub));
            sub.notificationJson(cached);
        }
        return cached;
    }

    private String envelope(String type, Instant now, Subscription sub, ObjectNode payload) {
        ObjectNode metadata = NODES.objectNode();
        metadata.put("message_id", Ids.uuid());
        metadata.put("message_type", type);
        metadata.put("message_timestamp", Timestamps.format(now));
        if (sub != null) {
            metadata.put("subscription_type", sub.type());
            metadata.put("subscription_version", sub.version());
        }
        ObjectNode root = NODES.objectNode();
        root.set("metadata", metadata);
        root.set("payload", payload);
        return json.writeValueAsString(root);
    }
}
