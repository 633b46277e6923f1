package dev.twitchkit.mock.internal.helix.moderation;

import static dev.twitchkit.mock.internal.helix.moderation.ModerationEvents.fields;

import dev.twitchkit.mock.internal.helix.HelixRequest;
import dev.twitchkit.mock.internal.http.HttpExchange;
import dev.twitchkit.mock.internal.http.HttpReply;
import dev.twitchkit.mock.internal.http.Router;
import dev.twitchkit.mock.internal.http.TwitchHttpError;
import dev.twitchkit.mock.internal.world.AutoMod;
import dev.twitchkit.mock.internal.world.World;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * AutoMod: whether it would hold messages (a message containing one of the channel's blocked terms is not
 * permitted), its settings, and allowing or denying the messages it held. Settings changes raise
 * {@code automod.settings.update}; a held message's resolution raises {@code automod.message.update}.
 */
final class AutoModRoutes {
    static final int MAX_CHECKS = 100;
    static final int MAX_LEVEL = 4;
    private final World world;
    private final ModerationEvents events;

    AutoModRoutes(World world, ModerationEvents events) {
        this.world = world;
        this.events = events;
    }

    void mount(Router router) {
        router.helix("POST", "/moderation/enforcements/status", this::checkStatus);
        router.helix("POST", "/moderation/automod/message", this::manageHeld);
        router.helix("GET", "/moderation/automod/settings", this::getSettings);
        router.helix("PUT", "/moderation/automod/settings", this::updateSettings);
    }

    private HttpReply checkStatus(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth()).requireUserToken("moderation:read");
        String broadcasterId = request.query("broadcaster_id");
        if (!broadcasterId.equals(request.token().userId())) {
            throw TwitchHttpError.forbidden("The ID in broadcaster_id must match the user ID in the user access "
                    + "token.");
        }
        JsonNode data = request.body().get("data");
        if (data == null || !data.isArray() || data.isEmpty()) {
            throw TwitchHttpError.badRequest("The data field is required and the list must contain one or more "
                    + "messages to check.");
        }
        if (data.size() > MAX_CHECKS) {
            throw TwitchHttpError.badRequest("The data field may contain at most " + MAX_CHECKS + " messages.");
        }
        List<ObjectNode> results = new ArrayList<>();
        for (JsonNode message : data) {
            if (!message.isObject()) {
                throw TwitchHttpError.badRequest("The msg_id field is required.");
            }
            ObjectNode result = JsonNodeFactory.instance.objectNode();
            result.put("msg_id", HelixRequest.text(message, "msg_id"));
            result.put("is_permitted", world.blockedTerms()
                    .firstMatch(broadcasterId, HelixRequest.text(message, "msg_text")).isEmpty());
            results.add(result);
        }
        return HttpReply.ok(HelixRequest.data(results, node -> node));
    }

    private HttpReply manageHeld(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth()).requireUserToken("moderator:manage:automod");
        JsonNode body = request.body();
        String userId = HelixRequest.text(body, "user_id");
        String messageId = HelixRequest.text(body, "msg_id");
        String action = HelixRequest.text(body, "action");
        if (!userId.equals(request.token().userId())) {
            throw TwitchHttpError.unauthorized("The ID in user_id must match the user ID in the user access token.");
        }
        if (!action.equals("ALLOW") && !action.equals("DENY")) {
            throw TwitchHttpError.badRequest("The value in the action field is not valid.");
        }
        AutoMod.HeldMessage held = world.autoMod().pending(messageId).orElseThrow(() ->
                TwitchHttpError.notFound("The message specified in the msg_id field was not found."));
        if (!world.roles().canModerate(held.broadcasterId(), userId)) {
            throw TwitchHttpError.forbidden("The user in user_id is not one of the broadcaster's moderators.");
        }
        String status = action.equals("ALLOW") ? "approved" : "denied";
        world.autoMod().resolve(messageId, status).ifPresent(resolved -> announce(resolved, userId));
        return HttpReply.noContent();
    }

    private void announce(AutoMod.HeldMessage message, String moderatorId) {
        Map<String, Object> common = fields("user_id", message.userId(), "moderator_user_id", moderatorId,
                "message_id", message.id(), "held_at", message.heldAt().toString());
        Map<String, Object> v1 = new LinkedHashMap<>(common);
        v1.put("message", fields("text", message.text(), "fragments",
                List.of(fields("text", message.text(), "emote", null, "cheermote", null))));
        v1.put("category", message.category());
        v1.put("level", message.level());
        // v1 spells the status capitalised, v2 in lower case.
        v1.put("status", message.status().equals("approved") ? "Approved" : "Denied");
        world.events().raise("automod.message.update", "1",
                Map.of("broadcaster_user_id", message.broadcasterId()), v1);
        Map<String, Object> v2 = new LinkedHashMap<>(common);
        v2.put("message", fields("text", message.text(), "fragments",
                List.of(fields("type", "text", "text", message.text(), "cheermote", null, "emote", null))));
        v2.put("reason", "automod");
        v2.put("automod", fields("category", message.category(), "level", message.level(), "boundaries", List.of()));
        v2.put("blocked_term", null);
        v2.put("status", message.status());
        world.events().raise("automod.message.update", "2",
                Map.of("broadcaster_user_id", message.broadcasterId()), v2);
    }

    private HttpReply getSettings(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth())
                .requireUserToken("moderator:read:automod_settings");
        ModeratorCheck check = ModeratorCheck.of(request, world);
        return settingsReply(check, world.autoMod().settings(check.broadcasterId()));
    }

    private HttpReply updateSettings(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth())
                .requireUserToken("moderator:manage:automod_settings");
        ModeratorCheck check = ModeratorCheck.of(request, world);
        JsonNode body = request.body();
        Integer overall = level(body, "overall_level");
        Map<String, Integer> levels = new LinkedHashMap<>();
        boolean anyCategory = false;
        for (String category : AutoMod.CATEGORIES) {
            Integer level = level(body, category);
            anyCategory |= level != null;
            levels.put(category, level == null ? 0 : level);
        }
        if ((overall == null) == !anyCategory) {
            throw TwitchHttpError.badRequest("The overall_level setting or one or more individual settings like "
                    + "aggression is required; the overall and individual settings are mutually exclusive, so don't "
                    + "set both.");
        }
        AutoMod.Settings settings = world.autoMod().update(check.broadcasterId(),
                overall != null ? AutoMod.Settings.overall(overall) : new AutoMod.Settings(null, levels));
        Map<String, Object> fields = fields("moderator_user_id", check.moderatorId(),
                "overall_level", settings.overallLevel());
        fields.putAll(settings.levels());
        events.raise("automod.settings.update", check.broadcasterId(), fields);
        return settingsReply(check, settings);
    }

    private static Integer level(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < 0 || value.asInt() > MAX_LEVEL) {
            throw TwitchHttpError.badRequest("The value of one or more AutoMod settings is not valid.");
        }
        return value.asInt();
    }

    private static HttpReply settingsReply(ModeratorCheck check, AutoMod.Settings settings) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("broadcaster_id", check.broadcasterId());
        node.put("moderator_id", check.moderatorId());
        node.put("overall_level", settings.overallLevel());
        AutoMod.CATEGORIES.forEach(c -> node.put(c, settings.levels().get(c)));
        return HttpReply.ok(HelixRequest.data(List.of(node), n -> n));
    }
}
