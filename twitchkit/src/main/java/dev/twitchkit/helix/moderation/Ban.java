package dev.twitchkit.helix.moderation;

import java.time.Instant;

/**
 * A ban or timeout just placed (Ban User).
 *
 * @param broadcasterId the channel
 * @param moderatorId who placed it
 * @param userId the banned user
 * @param createdAt when it was placed
 * @param endTime when the timeout ends; null for a permanent ban
 */
public record Ban(
        String broadcasterId,
        String moderatorId,
        String userId,
        Instant createdAt,
        Instant endTime) {
}
