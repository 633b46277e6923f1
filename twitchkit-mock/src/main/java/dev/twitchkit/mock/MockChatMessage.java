package dev.twitchkit.mock;

import java.time.Instant;

/**
 * A chat message a client sent through {@code POST /helix/chat/messages} that reached the chat room.
 *
 * @param messageId the id the mock answered with
 * @param broadcasterId the channel's user id
 * @param senderId who sent it
 * @param text the message text
 * @param replyParentMessageId the message it replies to, or null
 * @param sentAt when, on the mock's clock
 */
public record MockChatMessage(String messageId, String broadcasterId, String senderId, String text,
                              String replyParentMessageId, Instant sentAt) {
}
