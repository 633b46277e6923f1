package dev.twitchkit.helix.moderation;

/**
 * A VIP of a channel.
 *
 * @param userId the VIP
 * @param userName their display name
 * @param userLogin their login
 */
public record Vip(
        String userId,
        String userName,
        String userLogin) {
}
