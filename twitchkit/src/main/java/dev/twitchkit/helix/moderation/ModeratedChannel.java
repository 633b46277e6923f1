package dev.twitchkit.helix.moderation;

/**
 * A channel a user moderates.
 *
 * @param broadcasterId the channel
 * @param broadcasterLogin its login
 * @param broadcasterName its display name
 */
public record ModeratedChannel(
        String broadcasterId,
        String broadcasterLogin,
        String broadcasterName) {
}
