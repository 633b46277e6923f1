package dev.twitchkit.mock.internal.helix.moderation;

import static dev.twitchkit.mock.internal.helix.moderation.ModerationEvents.fields;

import dev.twitchkit.mock.internal.helix.HelixRequest;
import dev.twitchkit.mock.internal.http.HttpExchange;
import dev.twitchkit.mock.internal.http.HttpReply;
import dev.twitchkit.mock.internal.http.PageCursor;
import dev.twitchkit.mock.internal.http.Router;
import dev.twitchkit.mock.internal.http.TwitchHttpError;
import dev.twitchkit.mock.internal.world.Bans;
import dev.twitchkit.mock.internal.world.Roles;
import dev.twitchkit.mock.internal.world.World;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bans and timeouts: list, ban or time out, lift. A ban or timeout raises {@code channel.ban},
 * {@code channel.moderate} and {@code channel.chat.clear_user_messages}; lifting one raises
 * {@code channel.unban} and {@code channel.moderate}. A permanent ban also takes the user's moderator and VIP
 * roles, as at Twitch.
 */
final class BanRoutes {
    static final int MAX_DURATION = 1_209_600;
    static final int MAX_REASON = 500;
    private static final PageCursor CURSOR = new PageCursor("banned");
    private final World world;
    private final ModerationEvents events;

    BanRoutes(World world, ModerationEvents events) {
        this.world = world;
        this.events = events;
    }

    void mount(Router router) {
        router.helix("GET", "/moderation/banned", this::list);
        router.helix("POST", "/moderation/bans", this::ban);
        router.helix("DELETE", "/moderation/bans", this::unban);
    }

    private HttpReply list(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth())
                .requireUserToken("moderation:read", "moderator:manage:banned_users");
        String broadcasterId = request.tokenUser("broadcaster_id");
        List<String> userIds = request.queryAll("user_id", 100);
        List<Bans.Ban> all = world.bans().list(broadcasterId);
        List<Bans.Ban> bans = userIds.isEmpty() ? all
                : userIds.stream().flatMap(id -> all.stream().filter(b -> b.userId().equals(id))).toList();
        return HttpReply.ok(request.page(bans, CURSOR, 20, 100, this::describe));
    }

    private JsonNode describe(Bans.Ban ban) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        world.putUser(node, "user", ban.userId());
        node.put("expires_at", ban.permanent() ? "" : ban.expiresAt().toString());
        node.put("created_at", ban.createdAt().toString());
        node.put("reason", ban.reason());
        world.putUser(node, "moderator", ban.moderatorId());
        return node;
    }

    private HttpReply ban(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth())
                .requireUserToken("moderator:manage:banned_users");
        ModeratorCheck check = ModeratorCheck.of(request, world);
        JsonNode data = request.body().get("data");
        if (data == null || !data.isObject()) {
            throw TwitchHttpError.badRequest("Missing required parameter \"data\"");
        }
        String userId = HelixRequest.text(data, "user_id");
        Integer duration = duration(data);
        String reason = HelixRequest.optionalText(data, "reason");
        if (reason != null && reason.length() > MAX_REASON) {
            throw TwitchHttpError.badRequest("The text in the reason field is too long.");
        }
        world.requireUser(userId, "user_id");
        String broadcasterId = check.broadcasterId();
        boolean protectedUser = userId.equals(broadcasterId) || (!check.moderatorId().equals(broadcasterId)
                && world.roles().has(broadcasterId, Roles.Role.MODERATOR, userId));
        if (protectedUser) {
            throw TwitchHttpError.badRequest(duration == null
                    ? "The user specified in the user_id field may not be banned."
                    : "The user specified in the user_id field may not be put in a timeout.");
        }
        if (world.bans().active(broadcasterId, userId).filter(Bans.Ban::permanent).isPresent()) {
            throw TwitchHttpError.badRequest("The user specified in the user_id field is already banned.");
        }
        Instant now = world.now();
        Bans.Ban ban = world.bans().put(new Bans.Ban(broadcasterId, userId, check.moderatorId(),
                reason == null ? "" : reason, now, duration == null ? null : now.plusSeconds(duration)));
        if (ban.permanent()) {
            world.roles().revoke(broadcasterId, Roles.Role.MODERATOR, userId);
            world.roles().revoke(broadcasterId, Roles.Role.VIP, userId);
        }
        announce(ban);
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        result.put("broadcaster_id", broadcasterId);
        result.put("moderator_id", ban.moderatorId());
        result.put("user_id", userId);
        result.put("created_at", now.toString());
        result.put("end_time", ban.permanent() ? null : ban.expiresAt().toString());
        return HttpReply.ok(HelixRequest.data(List.of(result), node -> node));
    }

    private static Integer duration(JsonNode data) {
        JsonNode value = data.get("duration");
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < 1
                || value.asInt() > MAX_DURATION) {
            throw TwitchHttpError.badRequest("The value in the duration field is not valid.");
        }
        return value.asInt();
    }

    private void announce(Bans.Ban ban) {
        String expires = ban.permanent() ? null : ban.expiresAt().toString();
        events.raise("channel.ban", ban.broadcasterId(), fields("user_id", ban.userId(),
                "moderator_user_id", ban.moderatorId(), "reason", ban.reason(),
                "banned_at", ban.createdAt().toString(), "ends_at", expires, "is_permanent", ban.permanent()));
        if (ban.permanent()) {
            events.moderate(ban.broadcasterId(), ban.moderatorId(), "ban", "ban",
                    events.user(ban.userId(), "reason", ban.reason()), false);
        } else {
            events.moderate(ban.broadcasterId(), ban.moderatorId(), "timeout", "timeout",
                    events.user(ban.userId(), "reason", ban.reason(), "expires_at", expires), false);
        }
        events.raise("channel.chat.clear_user_messages", ban.broadcasterId(),
                fields("target_user_id", ban.userId()));
    }

    private HttpReply unban(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth())
                .requireUserToken("moderator:manage:banned_users");
        ModeratorCheck check = ModeratorCheck.of(request, world);
        String userId = request.query("user_id");
        Bans.Ban lifted = world.bans().lift(check.broadcasterId(), userId).orElseThrow(() ->
                TwitchHttpError.badRequest("The user specified in the user_id query parameter is not banned."));
        announceLift(lifted, check.moderatorId());
        return HttpReply.noContent();
    }

    /** Raises what lifting a ban or timeout raises (also when an approved unban request lifts it). */
    void announceLift(Bans.Ban lifted, String moderatorId) {
        events.raise("channel.unban", lifted.broadcasterId(),
                fields("user_id", lifted.userId(), "moderator_user_id", moderatorId));
        String action = lifted.permanent() ? "unban" : "untimeout";
        events.moderate(lifted.broadcasterId(), moderatorId, action, action, events.user(lifted.userId()), false);
    }
}
