package dev.twitchkit.mock.internal.helix.chat;

import dev.twitchkit.mock.internal.helix.HelixRequest;
import dev.twitchkit.mock.internal.http.HttpExchange;
import dev.twitchkit.mock.internal.http.HttpReply;
import dev.twitchkit.mock.internal.http.TwitchHttpError;
import dev.twitchkit.mock.internal.world.Shoutouts;
import dev.twitchkit.mock.internal.world.World;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What a moderator posts to a chat: {@code POST /helix/chat/announcements} (raises {@code channel.chat.notification}
 * with notice type {@code announcement}; one every 2 seconds per sender and channel) and {@code POST /helix/chat/shoutouts} (raises
 * {@code channel.shoutout.create} to the giving channel and {@code channel.shoutout.receive} to the receiving one,
 * within Twitch's cooldowns).
 */
final class ModeratorActionsRoute {
    static final int MAX_ANNOUNCEMENT = 500;
    private static final Set<String> COLORS = Set.of("blue", "green", "orange", "purple", "primary");
    /** The notice types of {@code channel.chat.notification}: all but the one sent are null. */
    private static final List<String> NOTICE_FIELDS = List.of("sub", "resub", "sub_gift", "community_sub_gift",
            "gift_paid_upgrade", "prime_paid_upgrade", "raid", "unraid", "pay_it_forward", "bits_badge_tier",
            "charity_donation", "source_broadcaster_user_id", "source_broadcaster_user_login",
            "source_broadcaster_user_name", "source_message_id", "source_badges", "shared_chat_sub",
            "shared_chat_resub", "shared_chat_sub_gift", "shared_chat_community_sub_gift",
            "shared_chat_gift_paid_upgrade", "shared_chat_prime_paid_upgrade", "shared_chat_raid",
            "shared_chat_pay_it_forward", "shared_chat_announcement");
    private final World world;

    ModeratorActionsRoute(World world) {
        this.world = world;
    }

    HttpReply announce(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth())
                .requireUserToken("moderator:manage:announcements");
        String broadcasterId = request.query("broadcaster_id");
        String moderatorId = request.tokenUser("moderator_id");
        String message = HelixRequest.text(request.body(), "message");
        String color = HelixRequest.optionalText(request.body(), "color");
        if (color != null && !COLORS.contains(color)) {
            throw TwitchHttpError.badRequest("The specified color is not valid");
        }
        world.requireUser(broadcasterId, "broadcaster_id");
        world.roles().requireModerator(broadcasterId, moderatorId);
        world.announcements().record(broadcasterId, moderatorId, world.now());
        // Twitch truncates an announcement longer than 500 characters.
        String text = message.length() > MAX_ANNOUNCEMENT ? message.substring(0, MAX_ANNOUNCEMENT) : message;
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("chatter_user_id", moderatorId);
        event.put("chatter_is_anonymous", false);
        event.put("color", world.chatColors().of(moderatorId));
        event.put("badges", List.of());
        event.put("system_message", "");
        event.put("message_id", UUID.randomUUID().toString());
        event.put("message", Map.of("text", text, "fragments", List.of(ChatEcho.textFragment(text))));
        event.put("notice_type", "announcement");
        NOTICE_FIELDS.forEach(field -> event.put(field, null));
        event.put("announcement", Map.of("color", (color == null ? "primary" : color).toUpperCase(Locale.ROOT)));
        world.events().raise("channel.chat.notification", Map.of("broadcaster_user_id", broadcasterId), event);
        return HttpReply.noContent();
    }

    HttpReply shoutout(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth()).requireUserToken("moderator:manage:shoutouts");
        String fromId = request.query("from_broadcaster_id");
        String toId = request.query("to_broadcaster_id");
        String moderatorId = request.tokenUser("moderator_id");
        world.requireUser(fromId, "from_broadcaster_id");
        world.requireUser(toId, "to_broadcaster_id");
        if (fromId.equals(toId)) {
            throw TwitchHttpError.badRequest("The broadcaster may not give themselves a Shoutout.");
        }
        world.roles().requireModerator(fromId, moderatorId);
        Shoutouts.Shoutout shoutout = world.shoutouts().give(fromId, toId, world.now());
        world.events().raise("channel.shoutout.create", Map.of("broadcaster_user_id", fromId), Map.of(
                "to_broadcaster_user_id", toId,
                "moderator_user_id", moderatorId,
                "viewer_count", 0,
                "started_at", shoutout.startedAt().toString(),
                "cooldown_ends_at", shoutout.cooldownEndsAt().toString(),
                "target_cooldown_ends_at", shoutout.targetCooldownEndsAt().toString()));
        world.events().raise("channel.shoutout.receive", Map.of("broadcaster_user_id", toId), Map.of(
                "from_broadcaster_user_id", fromId,
                "viewer_count", 0,
                "started_at", shoutout.startedAt().toString()));
        return HttpReply.noContent();
    }
}
