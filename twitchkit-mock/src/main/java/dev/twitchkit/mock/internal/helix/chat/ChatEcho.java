package dev.twitchkit.mock.internal.helix.chat;

import dev.twitchkit.mock.MockChatMessage;
import dev.twitchkit.mock.Trigger;
import dev.twitchkit.mock.internal.auth.AuthStore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Echoes every message that reaches chat as a {@code channel.chat.message} notification to the subscriptions for
 * that channel, as Twitch does (a bot sees its own messages): same message id, the sender as chatter, the text as
 * one text fragment, and a {@code reply} block when it answered a message the mock knows.
 */
public final class ChatEcho {
    private static final Logger log = LoggerFactory.getLogger(ChatEcho.class);
    /** Trigger overrides take JSON values; a Java null is no value, so JSON null is spelled out. */
    private static final JsonNode NULL = JsonNodeFactory.instance.nullNode();
    private final AuthStore auth;
    private final ChatLog chatLog;
    private final Function<String, Trigger> triggers;

    public ChatEcho(AuthStore auth, ChatLog chatLog, Function<String, Trigger> triggers) {
        this.auth = auth;
        this.chatLog = chatLog;
        this.triggers = triggers;
    }

    public void echo(MockChatMessage message) {
        try {
            triggers.apply("channel.chat.message").version("1").broadcaster(message.broadcasterId())
                    .override("message_id", message.messageId())
                    .override("chatter_user_id", message.senderId())
                    .override("message", Map.of("text", message.text(),
                            "fragments", List.of(textFragment(message.text()))))
                    .override("message_type", "text")
                    .override("badges", List.of())
                    .override("cheer", NULL)
                    .override("color", "")
                    .override("reply", reply(message).<Object>map(r -> r).orElse(NULL))
                    .override("channel_points_custom_reward_id", NULL)
                    .override("channel_points_animation_id", NULL)
                    .override("source_broadcaster_user_id", NULL)
                    .override("source_broadcaster_user_login", NULL)
                    .override("source_broadcaster_user_name", NULL)
                    .override("source_message_id", NULL)
                    .override("source_badges", NULL)
                    .override("is_source_only", NULL)
                    .send();
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
