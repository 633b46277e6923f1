package dev.twitchkit.mock.internal.helix.goals;

import dev.twitchkit.mock.internal.helix.HelixRequest;
import dev.twitchkit.mock.internal.http.HttpExchange;
import dev.twitchkit.mock.internal.http.HttpReply;
import dev.twitchkit.mock.internal.http.Router;
import dev.twitchkit.mock.internal.world.Goals;
import dev.twitchkit.mock.internal.world.World;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Goals: the broadcaster's active creator goals, their current amounts read from the world ({@link Goals}). */
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
            node.put("current_amount", world.goals().currentAmount(goal));
            node.put("target_amount", goal.targetAmount());
            node.put("created_at", goal.createdAt().toString());
            return node;
        }));
    }
}
