package dev.twitchkit.helix.moderation;

import java.time.Instant;

/**
 * A user banned or timed out in a channel (Get Banned Users).
 *
 * @param userId the banned user
 * @param userLogin their login
 * @param userName their display name
 * @param expiresAt when the timeout ends; null for a permanent ban (Twitch sends an empty string)
 * @param createdAt when the ban or timeout was placed
 * @param reason the moderator's reason; empty when none was given
 * @param moderatorId who banned them
 * @param moderatorLogin their login
 * @param moderatorName their display name
 */
public record BannedUser(
        String userId,
        String userLogin,
        String userName,
        Instant expiresAt,
        Instant createdAt,
        String reason,
        String moderatorId,
        String moderatorLogin,
        String moderatorName) {
}
