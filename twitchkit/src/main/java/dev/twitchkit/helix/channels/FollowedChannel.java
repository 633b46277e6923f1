package dev.twitchkit.helix.channels;

import java.time.Instant;

/**
 * A channel a user follows.
 *
 * @param broadcasterId the followed broadcaster's user id
 * @param broadcasterLogin the broadcaster's login name
 * @param broadcasterName the broadcaster's display name
 * @param followedAt when the user started following
 */
public record FollowedChannel(String broadcasterId, String broadcasterLogin, String broadcasterName,
                              Instant followedAt) {
}
