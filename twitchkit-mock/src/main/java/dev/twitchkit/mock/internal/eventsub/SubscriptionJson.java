package dev.twitchkit.mock.internal.eventsub;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** A subscription as Twitch shows it: in notifications (transport without times) and in Helix replies. */
public final class SubscriptionJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SubscriptionJson() {
    }

    /** The {@code payload.subscription} object of notifications and revocations. */
    public static ObjectNode forNotification(Subscription sub) {
        ObjectNode node = common(sub);
        ObjectNode transport = node.putObject("transport");
        transport.put("method", sub.transport().method());
        putTarget(transport, sub);
        node.put("created_at", Timestamps.format(sub.createdAt()));
        return node;
    }

    /** An element of Helix's {@code data[]} for Create and Get EventSub Subscriptions. */
    public static ObjectNode forHelix(Subscription sub) {
        ObjectNode node = common(sub);
        node.put("created_at", Timestamps.format(sub.createdAt()));
        ObjectNode transport = node.putObject("transport");
        transport.put("method", sub.transport().method());
        putTarget(transport, sub);
        if (sub.isWebSocket()) {
            transport.put("connected_at", Timestamps.format(sub.transport().connectedAt()));
            if (sub.disconnectedAt() != null) {
                transport.put("disconnected_at", Timestamps.format(sub.disconnectedAt()));
            }
        }
        return node;
    }

    private static ObjectNode common(Subscription sub) {
        ObjectNode node = NODES.objectNode();
        node.put("id", sub.id());
        node.put("status", sub.status());
        node.put("type", sub.type());
        node.put("version", sub.version());
        node.put("cost", sub.cost());
        ObjectNode condition = node.putObject("condition");
        sub.condition().forEach(condition::put);
        return node;
    }

    private static void putTarget(ObjectNode transport, Subscription sub) {
        switch (sub.transport().method()) {
            case "websocket" -> transport.put("session_id", sub.transport().target());
            case "conduit" -> transport.put("conduit_id", sub.transport().target());
            default -> transport.put("callback", sub.transport().target());
        }
    }
}
