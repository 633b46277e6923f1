package dev.twitchkit.mock.internal.helix.chat;

import dev.twitchkit.mock.internal.helix.HelixRequest;
import dev.twitchkit.mock.internal.http.HttpExchange;
import dev.twitchkit.mock.internal.http.HttpReply;
import dev.twitchkit.mock.internal.http.TwitchHttpError;
import dev.twitchkit.mock.internal.world.ChatSettings;
import dev.twitchkit.mock.internal.world.World;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET} and {@code PATCH /helix/chat/settings}. The chat delay is shown only to a moderator who asks with a
 * moderator scope; an update raises {@code channel.chat_settings.update}.
 */
final class ChatSettingsRoute {
    private static final String MANAGE = "moderator:manage:chat_settings";
    private static final String READ = "moderator:read:chat_settings";
    private final World world;

    ChatSettingsRoute(World world) {
        this.world = world;
    }

    HttpReply get(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth());
        String broadcasterId = request.query("broadcaster_id");
        world.requireUser(broadcasterId, "broadcaster_id");
        Optional<String> moderatorId = request.optionalQuery("moderator_id")
                .filter(m -> !request.token().isApp() && m.equals(request.token().userId())
                        && (request.token().hasScope(READ) || request.token().hasScope(MANAGE))
                        && world.roles().canModerate(broadcasterId, m));
        return HttpReply.ok(HelixRequest.data(List.of(world.chatSettings().of(broadcasterId)),
                s -> render(broadcasterId, moderatorId, s)));
    }

    HttpReply update(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth()).requireUserToken(MANAGE);
        String broadcasterId = request.query("broadcaster_id");
        String moderatorId = request.tokenUser("moderator_id");
        world.requireUser(broadcasterId, "broadcaster_id");
        world.roles().requireModerator(broadcasterId, moderatorId);
        Change change = Change.of(request.body());
        ChatSettings.Values updated = world.chatSettings().update(broadcasterId, change::apply);
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("emote_mode", updated.emoteMode());
        event.put("follower_mode", updated.followerMode());
        event.put("follower_mode_duration_minutes", updated.followerModeDuration());
        event.put("slow_mode", updated.slowMode());
        event.put("slow_mode_wait_time_seconds", updated.slowModeWaitTime());
        event.put("subscriber_mode", updated.subscriberMode());
        event.put("unique_chat_mode", updated.uniqueChatMode());
        world.events().raise("channel.chat_settings.update", Map.of("broadcaster_user_id", broadcasterId), event);
        return HttpReply.ok(HelixRequest.data(List.of(updated), s -> render(broadcasterId, Optional.of(moderatorId), s)));
    }

    private static ObjectNode render(String broadcasterId, Optional<String> moderatorId, ChatSettings.Values s) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("broadcaster_id", broadcasterId);
        node.put("emote_mode", s.emoteMode());
        node.put("follower_mode", s.followerMode());
        node.put("follower_mode_duration", s.followerModeDuration());
        moderatorId.ifPresent(m -> {
            node.put("moderator_id", m);
            node.put("non_moderator_chat_delay", s.nonModeratorChatDelay());
            node.put("non_moderator_chat_delay_duration", s.nonModeratorChatDelayDuration());
        });
        node.put("slow_mode", s.slowMode());
        node.put("slow_mode_wait_time", s.slowModeWaitTime());
        node.put("subscriber_mode", s.subscriberMode());
        node.put("unique_chat_mode", s.uniqueChatMode());
        return node;
    }

    /** The fields a PATCH body sets, checked as Twitch checks them; null members stay as they are. */
    private record Change(Boolean emoteMode, Boolean followerMode, Integer followerModeDuration,
                          Boolean chatDelay, Integer chatDelayDuration, Boolean slowMode, Integer slowModeWaitTime,
                          Boolean subscriberMode, Boolean uniqueChatMode) {
        static Change of(JsonNode body) {
            Change change = new Change(HelixRequest.optionalBool(body, "emote_mode"),
                    HelixRequest.optionalBool(body, "follower_mode"),
                    HelixRequest.optionalInt(body, "follower_mode_duration", 0, 129_600),
                    HelixRequest.optionalBool(body, "non_moderator_chat_delay"),
                    HelixRequest.optionalInt(body, "non_moderator_chat_delay_duration", 2, 6),
                    HelixRequest.optionalBool(body, "slow_mode"),
                    HelixRequest.optionalInt(body, "slow_mode_wait_time", 3, 120),
                    HelixRequest.optionalBool(body, "subscriber_mode"),
                    HelixRequest.optionalBool(body, "unique_chat_mode"));
            change.check();
            return change;
        }

        private void check() {
            requireMode(followerModeDuration, followerMode, "follower_mode_duration", "follower_mode");
            requireMode(slowModeWaitTime, slowMode, "slow_mode_wait_time", "slow_mode");
            requireMode(chatDelayDuration, chatDelay, "non_moderator_chat_delay_duration", "non_moderator_chat_delay");
            if (chatDelayDuration != null && chatDelayDuration % 2 != 0) {
                throw TwitchHttpError.badRequest("The non_moderator_chat_delay_duration field must be 2, 4 or 6");
            }
            if (Boolean.TRUE.equals(chatDelay) && chatDelayDuration == null) {
                throw TwitchHttpError.badRequest("If non_moderator_chat_delay is true, the "
                        + "non_moderator_chat_delay_duration field must be set to a valid value");
            }
        }

        private static void requireMode(Integer value, Boolean mode, String field, String modeField) {
            if (value != null && !Boolean.TRUE.equals(mode)) {
                throw TwitchHttpError.badRequest("To set " + field + ", the request must also set " + modeField
                        + " to true");
            }
        }

        ChatSettings.Values apply(ChatSettings.Values old) {
            boolean follower = or(followerMode, old.followerMode());
            boolean delay = or(chatDelay, old.nonModeratorChatDelay());
            boolean slow = or(slowMode, old.slowMode());
            return new ChatSettings.Values(or(emoteMode, old.emoteMode()),
                    follower, !follower ? null : or(followerModeDuration, or(old.followerModeDuration(), 0)),
                    delay, !delay ? null : or(chatDelayDuration, old.nonModeratorChatDelayDuration()),
                    slow, !slow ? null : or(slowModeWaitTime, or(old.slowModeWaitTime(), 30)),
                    or(subscriberMode, old.subscriberMode()), or(uniqueChatMode, old.uniqueChatMode()));
        }

        private static <T> T or(T value, T fallback) {
            return value != null ? value : fallback;
        }
    }
}
