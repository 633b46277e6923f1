package dev.twitchkit.helix.goals;

import java.time.Instant;

/**
 * One of the broadcaster's active goals.
 *
 * @param id the goal's id
 * @param broadcasterId the broadcaster's user id
 * @param broadcasterName the broadcaster's display name
 * @param broadcasterLogin the broadcaster's login name
 * @param type what the goal counts
 * @param description the goal's description; empty when none
 * @param currentAmount the current count (followers, subscription points, subscribers…)
 * @param targetAmount the count the goal aims at
 * @param createdAt when the broadcaster created the goal
 */
public record CreatorGoal(String id, String broadcasterId, String broadcasterName, String broadcasterLogin,
                          CreatorGoalType type, String description, int currentAmount, int targetAmount,
                          Instant createdAt) {
}
