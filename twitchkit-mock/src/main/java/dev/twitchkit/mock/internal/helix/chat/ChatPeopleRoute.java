package dev.twitchkit.mock.internal.helix.chat;

import dev.twitchkit.mock.internal.helix.HelixRequest;
import dev.twitchkit.mock.internal.http.HttpExchange;
import dev.twitchkit.mock.internal.http.HttpReply;
import dev.twitchkit.mock.internal.http.PageCursor;
import dev.twitchkit.mock.internal.http.TwitchHttpError;
import dev.twitchkit.mock.internal.world.SharedChats;
import dev.twitchkit.mock.internal.world.World;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Who is in chat and how they look: {@code GET /helix/chat/chatters}, {@code GET}/{@code PUT /helix/chat/color}
 * (Twitch raises no event for a color change) and {@code GET /helix/shared_chat/session}.
 */
final class ChatPeopleRoute {
    static final int MAX_COLOR_USERS = 100;
    /** Twitch's named chat colors and the hex codes Get User Chat Color then reports. */
    static final Map<String, String> NAMED_COLORS = Map.ofEntries(Map.entry("blue", "#0000FF"),
            Map.entry("blue_violet", "#8A2BE2"), Map.entry("cadet_blue", "#5F9EA0"),
            Map.entry("chocolate", "#D2691E"), Map.entry("coral", "#FF7F50"), Map.entry("dodger_blue", "#1E90FF"),
            Map.entry("firebrick", "#B22222"), Map.entry("golden_rod", "#DAA520"), Map.entry("green", "#008000"),
            Map.entry("hot_pink", "#FF69B4"), Map.entry("orange_red", "#FF4500"), Map.entry("red", "#FF0000"),
            Map.entry("sea_green", "#2E8B57"), Map.entry("spring_green", "#00FF7F"),
            Map.entry("yellow_green", "#9ACD32"));
    private static final PageCursor CHATTERS = new PageCursor("chatters");
    private final World world;

    ChatPeopleRoute(World world) {
        this.world = world;
    }

    HttpReply chatters(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth()).requireUserToken("moderator:read:chatters");
        String broadcasterId = request.query("broadcaster_id");
        String moderatorId = request.tokenUser("moderator_id");
        world.requireUser(broadcasterId, "broadcaster_id");
        world.roles().requireModerator(broadcasterId, moderatorId);
        List<String> chatters = world.chatters().of(broadcasterId);
        ObjectNode page = request.page(chatters, CHATTERS, 100, 1000, id -> {
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            world.putUser(node, "user", id);
            return node;
        });
        page.put("total", chatters.size());
        return HttpReply.ok(page);
    }

    HttpReply colors(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth());
        List<String> ids = request.queryAll("user_id", MAX_COLOR_USERS);
        if (ids.isEmpty()) {
            throw TwitchHttpError.badRequest("Missing required parameter \"user_id\"");
        }
        List<String> known = ids.stream().distinct().filter(id -> world.user(id).isPresent()).toList();
        return HttpReply.ok(HelixRequest.data(known, id -> {
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            world.putUser(node, "user", id);
            node.put("color", world.chatColors().of(id));
            return node;
        }));
    }

    HttpReply updateColor(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth()).requireUserToken("user:manage:chat_color");
        String userId = request.tokenUser("user_id");
        String color = request.query("color");
        String hex = Optional.ofNullable(NAMED_COLORS.get(color))
                .or(() -> Optional.of(color).filter(c -> c.matches("#[0-9A-Fa-f]{6}")))
                .map(c -> c.toUpperCase(Locale.ROOT))
                .orElseThrow(() -> TwitchHttpError.badRequest("The named color in the color query parameter is "
                        + "not valid"));
        world.chatColors().set(userId, hex);
        return HttpReply.noContent();
    }

    HttpReply sharedChatSession(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth());
        String broadcasterId = request.query("broadcaster_id");
        world.requireUser(broadcasterId, "broadcaster_id");
        List<SharedChats.Session> sessions = world.sharedChats().of(broadcasterId).stream().toList();
        return HttpReply.ok(HelixRequest.data(sessions, s -> {
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            node.put("session_id", s.sessionId());
            node.put("host_broadcaster_id", s.hostBroadcasterId());
            s.participants().forEach(p -> node.withArray("participants").addObject().put("broadcaster_id", p));
            node.put("created_at", s.createdAt().toString());
            node.put("updated_at", s.updatedAt().toString());
            return node;
        }));
    }
}
