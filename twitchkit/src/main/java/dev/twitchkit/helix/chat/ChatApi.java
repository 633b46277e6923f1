package dev.twitchkit.helix.chat;

import dev.twitchkit.auth.Scope;
import dev.twitchkit.helix.Bodies;
import dev.twitchkit.helix.Endpoint;
import dev.twitchkit.helix.HelixApi;
import dev.twitchkit.helix.ListEndpoint;
import dev.twitchkit.internal.Checks;
import java.util.concurrent.CompletableFuture;

/** Chat. */
public final class ChatApi {
    /** Twitch's limit on a chat message's length. */
    public static final int MAX_MESSAGE_LENGTH = 500;
    private static final String CATEGORY = "Chat";

    static final ListEndpoint<SentChatMessage> SEND = Endpoint.declare(CATEGORY, "Send Chat Message", "sendChatMessage")
            // A user token needs user:write:chat; an app token needs the sender's user:bot (and channel:bot),
            // which only Twitch can check.
            .route("POST", "/chat/messages").scopes(Scope.USER_WRITE_CHAT).data(SentChatMessage.class);

    private final HelixApi api;

    /** The chat endpoints on {@code api}'s token. */
    public ChatApi(HelixApi api) {
        this.api = Checks.notNull(api, "api");
    }

    /** Sends {@code message} to {@code broadcasterId}'s chat as {@code senderId}. */
    public CompletableFuture<SentChatMessage> sendChatMessage(String broadcasterId, String senderId, String message) {
        return sendChatMessage(broadcasterId, senderId, message, null);
    }

    /**
     * Sends a chat message, optionally as a reply.
     *
     * @param broadcasterId the channel
     * @param senderId the user sending (the token's user, or the bot for app tokens)
     * @param message 1 to 500 characters
     * @param replyParentMessageId the message replied to, or null
     */
    public CompletableFuture<SentChatMessage> sendChatMessage(String broadcasterId, String senderId, String message,
                                                              String replyParentMessageId) {
        Checks.notBlank(broadcasterId, "broadcasterId");
        Checks.notBlank(senderId, "senderId");
        Checks.notBlank(message, "message");
        if (message.length() > MAX_MESSAGE_LENGTH) {
            throw new IllegalArgumentException("message must be at most " + MAX_MESSAGE_LENGTH
                    + " characters, got " + message.length());
        }
        return SEND.single(api, null, Bodies.of("broadcaster_id", broadcasterId, "sender_id", senderId,
                "message", message, "reply_parent_message_id", replyParentMessageId));
    }
}
