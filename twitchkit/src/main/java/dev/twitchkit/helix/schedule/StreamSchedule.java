package dev.twitchkit.helix.schedule;

import java.util.List;

/**
 * A broadcaster's streaming schedule, or one page of it.
 *
 * @param segments the scheduled broadcasts of this page; empty when Twitch sends none (null)
 * @param broadcasterId the schedule's broadcaster
 * @param broadcasterName the broadcaster's display name
 * @param broadcasterLogin the broadcaster's login
 * @param vacation the broadcaster's vacation; null when vacation mode is off
 */
public record StreamSchedule(List<ScheduleSegment> segments, String broadcasterId, String broadcasterName,
                             String broadcasterLogin, Vacation vacation) {
    /** Copies the segments so the record stays immutable. */
    public StreamSchedule {
        segments = segments == null ? List.of() : List.copyOf(segments);
    }
}
