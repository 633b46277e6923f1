package dev.twitchkit.mock.internal.helix.subscriptions;

import dev.twitchkit.mock.internal.helix.HelixRequest;
import dev.twitchkit.mock.internal.http.HttpExchange;
import dev.twitchkit.mock.internal.http.HttpReply;
import dev.twitchkit.mock.internal.http.PageCursor;
import dev.twitchkit.mock.internal.http.Router;
import dev.twitchkit.mock.internal.http.TwitchHttpError;
import dev.twitchkit.mock.internal.world.Subscribers.Sub;
import dev.twitchkit.mock.internal.world.World;
import java.util.List;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Subscriptions: the broadcaster's subscribers (with {@code total} and {@code points}: 1, 2 and 6 points for tiers
 * 1 to 3) and whether a user subscribes to a channel (404 when not). An app token is accepted as Twitch accepts an
 * extension's.
 */
public final class SubscriptionsRoutes {
    static final int MAX_IDS = 100;
    private static final PageCursor SUBSCRIBERS = new PageCursor("subscribers");
    private final World world;

    public SubscriptionsRoutes(World world) {
        this.world = world;
    }

    /** Mounts the two Subscriptions routes. */
    public void mount(Router router) {
        router.helix("GET", "/subscriptions", this::getSubscribers);
        router.helix("GET", "/subscriptions/user", this::checkUserSubscription);
    }

    private HttpReply getSubscribers(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth()).requireScope("channel:read:subscriptions");
        String broadcasterId = request.token().isApp() ? request.query("broadcaster_id")
                : request.tokenUser("broadcaster_id");
        List<String> userIds = request.queryAll("user_id", MAX_IDS);
        if (!userIds.isEmpty() && request.optionalQuery("after").isPresent()) {
            throw TwitchHttpError.badRequest("The after parameter may not be used with user_id");
        }
        List<Sub> all = world.subscribers().of(broadcasterId);
        List<Sub> shown = userIds.isEmpty() ? all : all.stream().filter(s -> userIds.contains(s.userId())).toList();
        ObjectNode body = request.page(shown, SUBSCRIBERS, 20, 100, this::render);
        body.put("total", all.size());
        body.put("points", all.stream().mapToInt(Sub::points).sum());
        return HttpReply.ok(body);
    }

    private HttpReply checkUserSubscription(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth()).requireScope("user:read:subscriptions");
        String broadcasterId = request.query("broadcaster_id");
        String userId = request.token().isApp() ? request.query("user_id") : request.tokenUser("user_id");
        Sub sub = world.subscribers().find(broadcasterId, userId).orElseThrow(() -> TwitchHttpError.notFound(
                "The user in user_id does not subscribe to the broadcaster in broadcaster_id."));
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        world.putUser(node, "broadcaster", sub.broadcasterId());
        node.put("is_gift", sub.isGift());
        node.put("tier", sub.tier());
        if (sub.isGift()) {
            world.putUser(node, "gifter", sub.gifterId());
        }
        return HttpReply.ok(HelixRequest.data(List.of(node), n -> n));
    }

    private ObjectNode render(Sub sub) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        world.putUser(node, "broadcaster", sub.broadcasterId());
        if (sub.isGift()) {
            world.putUser(node, "gifter", sub.gifterId());
        } else {
            node.put("gifter_id", "");
            node.put("gifter_login", "");
            node.put("gifter_name", "");
        }
        node.put("is_gift", sub.isGift());
        node.put("plan_name", "Channel Subscription (" + node.get("broadcaster_login").asString() + ")");
        node.put("tier", sub.tier());
        world.putUser(node, "user", sub.userId());
        return node;
    }
}
