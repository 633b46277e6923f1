package dev.twitchkit.helix.chat;

/**
 * The answer to Send Chat Message.
 *
 * @param messageId the message id
 * @param isSent whether Twitch delivered it
 * @param dropReason why it was dropped, when it was
 */
public record SentChatMessage(String messageId, boolean isSent, DropReason dropReason) {
    /**
     * Why a message was not sent.
     *
     * @param code e.g. {@code msg_duplicate}
     * @param message Twitch's explanation
     */
    public record DropReason(String code, String message) {
    }
}
