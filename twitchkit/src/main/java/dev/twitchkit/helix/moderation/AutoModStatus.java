package dev.twitchkit.helix.moderation;

/**
 * Whether AutoMod would let a checked message into chat.
 *
 * @param msgId the id given with the message
 * @param isPermitted true when Twitch would let it through; false when AutoMod would hold or block it
 */
public record AutoModStatus(
        String msgId,
        boolean isPermitted) {
}
