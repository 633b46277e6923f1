package dev.twitchkit.mock.internal.helix.moderation;

import static dev.twitchkit.mock.internal.helix.moderation.ModerationEvents.fields;

import dev.twitchkit.mock.internal.helix.HelixRequest;
import dev.twitchkit.mock.internal.http.HttpExchange;
import dev.twitchkit.mock.internal.http.HttpReply;
import dev.twitchkit.mock.internal.http.Router;
import dev.twitchkit.mock.internal.http.TwitchHttpError;
import dev.twitchkit.mock.internal.world.ShieldMode;
import dev.twitchkit.mock.internal.world.World;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Shield Mode: its status, and switching it; a switch that flips it raises {@code channel.shield_mode.begin} or
 * {@code .end}.
 */
final class ShieldModeRoutes {
    private final World world;
    private final ModerationEvents events;

    ShieldModeRoutes(World world, ModerationEvents events) {
        this.world = world;
        this.events = events;
    }

    void mount(Router router) {
        router.helix("GET", "/moderation/shield_mode", this::get);
        router.helix("PUT", "/moderation/shield_mode", this::update);
    }

    private HttpReply get(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth())
                .requireUserToken("moderator:read:shield_mode", "moderator:manage:shield_mode");
        ModeratorCheck check = ModeratorCheck.of(request, world);
        return reply(world.shieldMode().status(check.broadcasterId()));
    }

    private HttpReply update(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth())
                .requireUserToken("moderator:manage:shield_mode");
        ModeratorCheck check = ModeratorCheck.of(request, world);
        Boolean active = HelixRequest.optionalBool(request.body(), "is_active");
        if (active == null) {
            throw TwitchHttpError.badRequest("Missing required parameter \"is_active\"");
        }
        Instant now = world.now();
        ShieldMode.Change change = world.shieldMode().set(check.broadcasterId(), active, check.moderatorId(), now);
        if (change.flipped()) {
            events.raise(active ? "channel.shield_mode.begin" : "channel.shield_mode.end", check.broadcasterId(),
                    fields("moderator_user_id", check.moderatorId(), active ? "started_at" : "ended_at",
                            now.toString()));
        }
        return reply(change.after());
    }

    private HttpReply reply(ShieldMode.Status status) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("is_active", status.active());
        if (status.moderatorId() == null) {
            node.put("moderator_id", "");
            node.put("moderator_login", "");
            node.put("moderator_name", "");
            node.put("last_activated_at", "");
        } else {
            world.putUser(node, "moderator", status.moderatorId());
            node.put("last_activated_at", status.lastActivatedAt().toString());
        }
        return HttpReply.ok(HelixRequest.data(List.of((JsonNode) node), n -> n));
    }
}
