package dev.twitchkit.mock.internal.helix.goals;

import dev.twitchkit.mock.internal.helix.HelixRequest;
import dev.twitchkit.mock.internal.http.HttpExchange;
import dev.twitchkit.mock.internal.http.HttpReply;
import dev.twitchkit.mock.internal.http.Router;
import dev.twitchkit.mock.internal.world.Goals;
import dev.twitchkit.mock.internal.world.Subscribers;
import dev.twitchkit.mock.internal.world.World;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Goals: the broadcaster's active creator goals. The current amount comes from the world: followers for a
 * {@code follower} goal, subscription points for {@code subscription}, subscribers for {@code subscription_count};
 * the {@code new_*} goals count subscriptions since the goal's creation, which the mock does not date, so 0.
 */
public final class GoalsRoutes {
    private final World world;

    public GoalsRoutes(World world) {
        this.world = world;
    }

    /** Mounts the Goals route. */
    public void mount(Router router) {
        router.helix("GET", "/goals", this::getGoals);
    }

    private HttpReply getGoals(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth()).requireUserToken("channel:read:goals");
        String broadcasterId = request.tokenUser("broadcaster_id");
        return HttpReply.ok(HelixRequest.data(world.goals().of(broadcasterId), goal -> {
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            node.put("id", goal.id());
            world.putUser(node, "broadcaster", goal.broadcasterId());
            node.put("type", goal.type());
            node.put("description", goal.description());
            node.put("current_amount", currentAmount(goal));
            node.put("target_amount", goal.targetAmount());
            node.put("created_at", goal.createdAt().toString());
            return node;
        }));
    }

    private int currentAmount(Goals.Goal goal) {
        String channel = goal.broadcasterId();
        return switch (goal.type()) {
            case "follower" -> world.follows().followersOf(channel).size();
            case "subscription" -> world.subscribers().of(channel).stream().mapToInt(Subscribers.Sub::points).sum();
            case "subscription_count" -> world.subscribers().of(channel).size();
            default -> 0;
        };
    }
}
