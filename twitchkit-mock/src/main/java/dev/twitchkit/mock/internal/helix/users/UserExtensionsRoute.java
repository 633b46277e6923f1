package dev.twitchkit.mock.internal.helix.users;

import dev.twitchkit.mock.internal.helix.HelixRequest;
import dev.twitchkit.mock.internal.http.HttpExchange;
import dev.twitchkit.mock.internal.http.HttpReply;
import dev.twitchkit.mock.internal.http.TwitchHttpError;
import dev.twitchkit.mock.internal.world.UserExtensions;
import dev.twitchkit.mock.internal.world.World;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A user's extensions: the installed ones ({@code GET /users/extensions/list}), the active ones by slot
 * ({@code GET /users/extensions}) and their activation ({@code PUT /users/extensions}).
 */
final class UserExtensionsRoute {
    private final World world;

    UserExtensionsRoute(World world) {
        this.world = world;
    }

    HttpReply installed(HttpExchange exchange) {
        new HelixRequest(exchange, world.auth()).requireUserToken("user:read:broadcast", "user:edit:broadcast");
        return HttpReply.ok(HelixRequest.data(UserExtensions.INSTALLED, e -> {
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            node.put("id", e.id());
            node.put("version", e.version());
            node.put("name", e.name());
            node.put("can_activate", e.canActivate());
            e.types().forEach(node.putArray("type")::add);
            return node;
        }));
    }

    HttpReply active(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth());
        String userId = request.optionalQuery("user_id").orElseGet(() -> {
            if (request.token().isApp()) {
                throw TwitchHttpError.badRequest("The user_id query parameter is required if you specify an app "
                        + "access token.");
            }
            return request.token().userId();
        });
        world.requireUser(userId, "user_id");
        return HttpReply.ok(render(world.userExtensions().active(userId)));
    }

    HttpReply update(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth()).requireUserToken("user:edit:broadcast");
        String userId = request.token().userId();
        JsonNode data = request.body().get("data");
        if (data == null || !data.isObject()) {
            throw TwitchHttpError.badRequest("Missing required parameter \"data\"");
        }
        return HttpReply.ok(render(world.userExtensions().update(userId, current -> apply(data, current))));
    }

    /** Puts each slot the body names into {@code current}; 400 for an unknown type or slot, 404 for an extension. */
    private void apply(JsonNode data, Map<String, Map<String, UserExtensions.Slot>> current) {
        data.properties().forEach(type -> {
            Map<String, UserExtensions.Slot> slots = current.get(type.getKey());
            if (slots == null || !type.getValue().isObject()) {
                throw TwitchHttpError.badRequest("The JSON payload is malformed: unknown extension type "
                        + type.getKey());
            }
            type.getValue().properties().forEach(slot -> {
                if (!slots.containsKey(slot.getKey()) || !slot.getValue().isObject()) {
                    throw TwitchHttpError.badRequest("The JSON payload is malformed: no " + type.getKey() + " slot "
                            + slot.getKey());
                }
                slots.put(slot.getKey(), slot(type.getKey(), slot.getValue()));
            });
        });
    }

    private UserExtensions.Slot slot(String type, JsonNode node) {
        Boolean active = HelixRequest.optionalBool(node, "active");
        if (active == null) {
            throw TwitchHttpError.badRequest("Missing required parameter \"active\"");
        }
        if (!active) {
            return new UserExtensions.Slot(false, null, null, null, null, null);
        }
        String id = HelixRequest.text(node, "id");
        String version = HelixRequest.text(node, "version");
        UserExtensions.Installed installed = world.userExtensions().installed(id, version)
                .orElseThrow(() -> TwitchHttpError.notFound("An extension with the specified id and version values "
                        + "was not found."));
        boolean component = type.equals("component");
        return new UserExtensions.Slot(true, id, version, installed.name(),
                component ? HelixRequest.optionalInt(node, "x", 0, Integer.MAX_VALUE) : null,
                component ? HelixRequest.optionalInt(node, "y", 0, Integer.MAX_VALUE) : null);
    }

    private static ObjectNode render(Map<String, Map<String, UserExtensions.Slot>> byType) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ObjectNode data = body.putObject("data");
        byType.forEach((type, slots) -> {
            ObjectNode typed = data.putObject(type);
            slots.forEach((number, slot) -> {
                ObjectNode node = typed.putObject(number);
                node.put("active", slot.active());
                if (slot.active()) {
                    node.put("id", slot.id());
                    node.put("version", slot.version());
                    node.put("name", slot.name());
                    if (type.equals("component")) {
                        node.put("x", slot.x() == null ? 0 : slot.x());
                        node.put("y", slot.y() == null ? 0 : slot.y());
                    }
                }
            });
        });
        return body;
    }
}
