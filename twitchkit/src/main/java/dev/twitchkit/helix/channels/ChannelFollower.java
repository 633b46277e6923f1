package dev.twitchkit.helix.channels;

import java.time.Instant;

/**
 * A user following a channel.
 *
 * @param userId the follower's user id
 * @param userLogin the follower's login name
 * @param userName the follower's display name
 * @param followedAt when the user started following
 */
public record ChannelFollower(String userId, String userLogin, String userName, Instant followedAt) {
}
