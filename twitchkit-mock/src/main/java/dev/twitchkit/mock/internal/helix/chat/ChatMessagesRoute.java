package dev.twitchkit.mock.internal.helix.chat;

import dev.twitchkit.mock.MockChatMessage;
import dev.twitchkit.mock.internal.auth.AuthStore;
import dev.twitchkit.mock.internal.http.HttpExchange;
import dev.twitchkit.mock.internal.http.HttpReply;
import dev.twitchkit.mock.internal.http.TwitchHttpError;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /helix/chat/messages} with Twitch's authorization rules: a user token needs {@code user:write:chat}
 * and must be the sender's; an app token needs the sender to have authorized the client with
 * {@code user:write:chat} and {@code user:bot}, and the broadcaster with {@code channel:bot} unless the sender
 * is the broadcaster. A message identical to the sender's previous one in that channel within 30 s is dropped
 * with {@code msg_duplicate}, as Twitch chat does. Messages that reach chat go to the {@link ChatLog}.
 */
public final class ChatMessagesRoute {
    static final int MAX_LENGTH = 500;
    private final AuthStore auth;
    private final ChatLog log;

    public ChatMessagesRoute(AuthStore auth, ChatLog log) {
        this.auth = auth;
        this.log = log;
    }

    public HttpReply handle(HttpExchange exchange) {
        AuthStore.Token token = auth.authenticate(exchange.header("authorization").orElse(null));
        JsonNode body = exchange.jsonBody();
        String broadcasterId = requiredText(body, "broadcaster_id");
        String senderId = requiredText(body, "sender_id");
        String text = requiredText(body, "message");
        String replyTo = optionalText(body, "reply_parent_message_id");
        if (text.length() > MAX_LENGTH) {
            throw TwitchHttpError.badRequest("The message is limited to a maximum of " + MAX_LENGTH + " characters");
        }
        if (auth.userById(broadcasterId).isEmpty()) {
            throw TwitchHttpError.badRequest("Invalid broadcaster_id");
        }
        if (auth.userById(senderId).isEmpty()) {
            throw TwitchHttpError.badRequest("Invalid sender_id");
        }
        if (token.isApp()) {
            checkAppToken(token, broadcasterId, senderId);
        } else {
            checkUserToken(token, senderId);
        }
        Instant now = auth.clock().instant();
        MockChatMessage message = new MockChatMessage(UUID.randomUUID().toString(), broadcasterId, senderId, text,
                replyTo, now);
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        if (log.recordUnlessDuplicate(message)) {
            result.put("message_id", message.messageId());
            result.put("is_sent", true);
            result.putNull("drop_reason");
        } else {
            result.put("message_id", "");
            result.put("is_sent", false);
            ObjectNode reason = result.putObject("drop_reason");
            reason.put("code", "msg_duplicate");
            reason.put("message", "Your message was not sent because it is identical to the previous one you "
                    + "sent, less than 30 seconds ago.");
        }
        ObjectNode reply = JsonNodeFactory.instance.objectNode();
        reply.putArray("data").add(result);
        return HttpReply.ok(reply);
    }

    private static void checkUserToken(AuthStore.Token token, String senderId) {
        if (!token.hasScope("user:write:chat")) {
            throw TwitchHttpError.unauthorized("Missing scope: user:write:chat");
        }
        if (!token.userId().equals(senderId)) {
            throw TwitchHttpError.unauthorized("The sender_id in the body must match the user ID in the access token");
        }
    }

    private void checkAppToken(AuthStore.Token token, String broadcasterId, String senderId) {
        if (!authorized(token.clientId(), senderId, "user:write:chat", "user:bot")) {
            throw TwitchHttpError.unauthorized("The sender must authorize this client with the user:write:chat "
                    + "and user:bot scopes to send chat messages with an app access token");
        }
        if (!broadcasterId.equals(senderId) && !authorized(token.clientId(), broadcasterId, "channel:bot")) {
            throw TwitchHttpError.forbidden("The sender is not permitted to send chat messages to the "
                    + "broadcaster's chat room: the broadcaster has not authorized this client with channel:bot");
        }
    }

    /** Whether the user granted the client these scopes (one of their tokens under it, expired or not, has them). */
    private boolean authorized(String clientId, String userId, String... scopes) {
        return auth.tokensOf(clientId, userId).stream()
                .anyMatch(t -> Arrays.stream(scopes).allMatch(t::hasScope));
    }

    private static String requiredText(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull() || !value.isString() || value.asString().isBlank()) {
            throw TwitchHttpError.badRequest("Missing required parameter \"" + field + "\"");
        }
        return value.asString();
    }

    private static String optionalText(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw TwitchHttpError.badRequest("The parameter \"" + field + "\" must be a string");
        }
        return value.asString();
    }
}
