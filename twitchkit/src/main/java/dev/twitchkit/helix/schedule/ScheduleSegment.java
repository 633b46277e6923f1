package dev.twitchkit.helix.schedule;

import java.time.Instant;

/**
 * One scheduled broadcast.
 *
 * @param id the segment's id (of this occurrence, for a recurring broadcast)
 * @param startTime when the broadcast starts
 * @param endTime when it ends
 * @param title its title; may be empty
 * @param canceledUntil the same as {@code endTime} when the broadcaster canceled this occurrence; else null
 * @param category what the broadcaster plans to stream; null when not set
 * @param isRecurring whether it recurs weekly
 */
public record ScheduleSegment(String id, Instant startTime, Instant endTime, String title, Instant canceledUntil,
                              ScheduleCategory category, boolean isRecurring) {
}
