package dev.twitchkit.helix.raids;

import java.time.Instant;

/**
 * A raid Twitch accepted; it goes through after the countdown unless cancelled.
 *
 * @param createdAt when the raid was requested
 * @param isMature deprecated by Twitch: always false
 */
public record Raid(Instant createdAt, boolean isMature) {
}
