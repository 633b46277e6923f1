package dev.twitchkit.mock.internal.helix.chat;

import dev.twitchkit.mock.MockChatMessage;
import dev.twitchkit.mock.internal.auth.AuthStore;
import dev.twitchkit.mock.internal.world.WorldEvents;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Echoes every message that reaches chat as a {@code channel.chat.message} notification to the subscriptions for
 * that channel, as Twitch does (a bot sees its own messages): same message id, the sender as chatter, the text as
 * one text fragment, and a {@code reply} block when it answered a message the mock knows.
 */
public final class ChatEcho {
    private static final Logger log = LoggerFactory.getLogger(ChatEcho.class);
    private final AuthStore auth;
    private final ChatLog chatLog;
    private final WorldEvents events;

    public ChatEcho(AuthStore auth, ChatLog chatLog, WorldEvents events) {
        this.auth = auth;
        this.chatLog = chatLog;
        this.events = events;
    }

    public void echo(MockChatMessage message) {
        try {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("message_id", message.messageId());
            fields.put("chatter_user_id", message.senderId());
            fields.put("message", Map.of("text", message.text(), "fragments", List.of(textFragment(message.text()))));
            fields.put("message_type", "text");
            fields.put("badges", List.of());
            fields.put("color", "");
            fields.put("reply", reply(message).orElse(null));
            for (String absent : List.of("cheer", "channel_points_custom_reward_id", "channel_points_animation_id",
                    "source_broadcaster_user_id", "source_broadcaster_user_login", "source_broadcaster_user_name",
                    "source_message_id", "source_badges", "is_source_only")) {
                fields.put(absent, null);
            }
            events.raise("channel.chat.message", "1", Map.of("broadcaster_user_id", message.broadcasterId()), fields);
        } catch (RuntimeException e) {
            // The message was sent either way; a failed echo must not turn the Helix call into an error.
            log.warn("could not echo chat message {} as channel.chat.message", message.messageId(), e);
        }
    }

    /** A message of plain text as its one {@code text} fragment. */
    static Map<String, Object> textFragment(String text) {
        Map<String, Object> fragment = new LinkedHashMap<>();
        fragment.put("type", "text");
        fragment.put("text", text);
        fragment.put("cheermote", null);
        fragment.put("emote", null);
        fragment.put("mention", null);
        return fragment;
    }

    private Optional<Map<String, Object>> reply(MockChatMessage message) {
        if (message.replyParentMessageId() == null) {
            return Optional.empty();
        }
        return chatLog.byId(message.replyParentMessageId())
                .map(parent -> {
                    Map<String, Object> reply = new LinkedHashMap<>();
                    reply.put("parent_message_id", parent.messageId());
                    reply.put("parent_message_body", parent.text());
                    putUser(reply, "parent_user", parent.senderId());
                    reply.put("thread_message_id", parent.messageId());
                    putUser(reply, "thread_user", parent.senderId());
                    return reply;
                });
    }

    private void putUser(Map<String, Object> into, String prefix, String userId) {
        Optional<AuthStore.User> user = auth.userById(userId);
        into.put(prefix + "_id", userId);
        into.put(prefix + "_name", user.map(AuthStore.User::displayName).orElse(null));
        into.put(prefix + "_login", user.map(AuthStore.User::login).orElse(null));
    }
}
