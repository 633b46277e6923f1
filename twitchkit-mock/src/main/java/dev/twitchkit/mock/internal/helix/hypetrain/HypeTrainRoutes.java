package dev.twitchkit.mock.internal.helix.hypetrain;

import dev.twitchkit.mock.internal.helix.HelixRequest;
import dev.twitchkit.mock.internal.http.HttpExchange;
import dev.twitchkit.mock.internal.http.HttpReply;
import dev.twitchkit.mock.internal.http.Router;
import dev.twitchkit.mock.internal.world.HypeTrains;
import dev.twitchkit.mock.internal.world.World;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Hype Train: the status of the broadcaster's hype train ({@code current} null when none runs) and its all-time
 * high. The mock's trains are never shared, so {@code shared_all_time_high} and {@code shared_train_participants}
 * are null.
 */
public final class HypeTrainRoutes {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final World world;

    public HypeTrainRoutes(World world) {
        this.world = world;
    }

    /** Mounts the Hype Train route. */
    public void mount(Router router) {
        router.helix("GET", "/hypetrain/status", this::getStatus);
    }

    private HttpReply getStatus(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth()).requireUserToken("channel:read:hype_train");
        String broadcasterId = request.tokenUser("broadcaster_id");
        Instant now = world.now();
        ObjectNode status = NODES.objectNode();
        world.hypeTrains().current(broadcasterId, now).ifPresentOrElse(t -> status.set("current", render(t)),
                () -> status.putNull("current"));
        world.hypeTrains().allTimeHigh(broadcasterId).ifPresentOrElse(r -> {
            ObjectNode high = status.putObject("all_time_high");
            high.put("level", r.level());
            high.put("total", r.total());
            high.put("achieved_at", r.achievedAt().toString());
        }, () -> status.putNull("all_time_high"));
        status.putNull("shared_all_time_high");
        return HttpReply.ok(HelixRequest.data(List.of(status), s -> s));
    }

    private ObjectNode render(HypeTrains.Train train) {
        ObjectNode node = NODES.objectNode();
        node.put("id", train.id());
        world.putUser(node, "broadcaster_user", train.broadcasterId());
        node.put("level", train.level());
        node.put("total", train.total());
        node.put("progress", train.progress());
        node.put("goal", HypeTrains.POINTS_PER_LEVEL);
        ArrayNode top = node.putArray("top_contributions");
        train.top().forEach(c -> {
            ObjectNode contribution = top.addObject();
            world.putUser(contribution, "user", c.userId());
            contribution.put("type", c.type());
            contribution.put("total", c.total());
        });
        node.putNull("shared_train_participants");
        node.put("started_at", train.startedAt().toString());
        node.put("expires_at", train.expiresAt().toString());
        node.put("type", "regular");
        node.put("is_shared_train", false);
        return node;
    }
}
