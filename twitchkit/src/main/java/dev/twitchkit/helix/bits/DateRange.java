package dev.twitchkit.helix.bits;

import java.time.Instant;

/**
 * The window a leaderboard covers.
 *
 * @param startedAt its start; null when no {@code started_at} was asked for (Twitch sends an empty string)
 * @param endedAt its end; null likewise
 */
public record DateRange(Instant startedAt, Instant endedAt) {
}
