package dev.twitchkit.helix;

import dev.twitchkit.auth.Scope;
import dev.twitchkit.internal.Checks;
import dev.twitchkit.internal.http.Query;
import java.util.concurrent.CompletableFuture;

/** Chat. */
public final class ChatApi {
    /** Twitch's limit on a chat message's length. */
    public static final int MAX_MESSAGE_LENGTH = 500;

    static final Endpoint<DataResponse<SentChatMessage>> SEND =
            Endpoint.data("POST", "/chat/messages", SentChatMessage.class).scopes(Scope.USER_WRITE_CHAT);

    private final Helix helix;
    private final String key;

    ChatApi(Helix helix, String key) {
        this.helix = helix;
        this.key = key;
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
        return helix.call(key, SEND, Query.create(), Bodies.of("broadcaster_id", broadcasterId,
                        "sender_id", senderId, "message", message, "reply_parent_message_id", replyParentMessageId))
                .thenApply(r -> {
                    if (r == null || r.data().isEmpty()) {
                        throw new HelixException(200, SEND.route(), "Twitch answered without the message result");
                    }
                    return r.data().get(0);
                });
    }
}
