package dev.twitchkit.helix.schedule;

import java.time.Instant;

/**
 * A broadcaster's vacation: no scheduled broadcast takes place in it.
 *
 * @param startTime when it starts
 * @param endTime when it ends
 */
public record Vacation(Instant startTime, Instant endTime) {
}
