package dev.twitchkit.helix.moderation;

/**
 * A warning issued to a chatter (Warn Chat User).
 *
 * @param broadcasterId the channel
 * @param userId the warned user
 * @param moderatorId who warned them
 * @param reason why
 */
public record Warning(
        String broadcasterId,
        String userId,
        String moderatorId,
        String reason) {
}
