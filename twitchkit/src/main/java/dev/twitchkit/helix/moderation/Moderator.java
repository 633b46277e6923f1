package dev.twitchkit.helix.moderation;

/**
 * A moderator of a channel.
 *
 * @param userId the moderator
 * @param userLogin their login
 * @param userName their display name
 */
public record Moderator(
        String userId,
        String userLogin,
        String userName) {
}
