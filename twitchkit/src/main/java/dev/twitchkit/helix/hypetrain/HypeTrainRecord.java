package dev.twitchkit.helix.hypetrain;

import java.time.Instant;

/**
 * The highest hype train a channel reached.
 *
 * @param level the level reached
 * @param total the points contributed
 * @param achievedAt when it was reached
 */
public record HypeTrainRecord(int level, int total, Instant achievedAt) {
}
