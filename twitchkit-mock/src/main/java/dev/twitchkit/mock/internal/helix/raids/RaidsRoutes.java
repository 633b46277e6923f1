package dev.twitchkit.mock.internal.helix.raids;

import dev.twitchkit.mock.internal.helix.HelixRequest;
import dev.twitchkit.mock.internal.http.HttpExchange;
import dev.twitchkit.mock.internal.http.HttpReply;
import dev.twitchkit.mock.internal.http.Router;
import dev.twitchkit.mock.internal.http.TwitchHttpError;
import dev.twitchkit.mock.internal.world.Raids;
import dev.twitchkit.mock.internal.world.World;
import java.util.List;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Raids: start and cancel. A started raid goes through when its countdown ({@link Raids#COUNTDOWN}) has passed on
 * the mock clock ({@code MockClock.advance}); only then is {@code channel.raid} raised (see
 * {@link World#clockAdvanced}). A cancelled raid raises nothing.
 */
public final class RaidsRoutes {
    private static final String SCOPE = "channel:manage:raids";
    private final World world;

    public RaidsRoutes(World world) {
        this.world = world;
    }

    /** Mounts the two Raids routes. */
    public void mount(Router router) {
        router.helix("POST", "/raids", this::start);
        router.helix("DELETE", "/raids", this::cancel);
    }

    private HttpReply start(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth()).requireUserToken(SCOPE);
        String from = request.tokenUser("from_broadcaster_id");
        String to = request.query("to_broadcaster_id");
        if (from.equals(to)) {
            throw TwitchHttpError.badRequest("The IDs in from_broadcaster_id and to_broadcaster_id cannot be the "
                    + "same ID.");
        }
        if (world.user(to).isEmpty()) {
            throw TwitchHttpError.notFound("The targeted channel was not found.");
        }
        Raids.Raid raid = world.raids().start(from, to, world.now());
        return HttpReply.ok(HelixRequest.data(List.of(raid), r -> {
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            node.put("created_at", r.createdAt().toString());
            node.put("is_mature", false);
            return node;
        }));
    }

    private HttpReply cancel(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth()).requireUserToken(SCOPE);
        world.raids().cancel(request.tokenUser("broadcaster_id"), world.now());
        return HttpReply.noContent();
    }
}
