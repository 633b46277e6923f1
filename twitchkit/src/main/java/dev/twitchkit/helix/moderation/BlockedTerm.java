package dev.twitchkit.helix.moderation;

import java.time.Instant;

/**
 * A word or phrase blocked in a channel's chat.
 *
 * @param broadcasterId the channel
 * @param moderatorId who blocked it
 * @param id the term
 * @param text the word or phrase
 * @param createdAt when it was blocked
 * @param updatedAt when it was last updated (AutoMod denying it again)
 * @param expiresAt when the block ends; null for terms added by hand or blocked for good
 */
public record BlockedTerm(
        String broadcasterId,
        String moderatorId,
        String id,
        String text,
        Instant createdAt,
        Instant updatedAt,
        Instant expiresAt) {
}
