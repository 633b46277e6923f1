package dev.twitchkit.helix.schedule;

import dev.twitchkit.helix.DataResponse;

/**
 * Twitch's answer to the schedule endpoints: {@code data} is one object, not the usual array, so the schedule is
 * paged by hand ({@link ScheduleApi#getChannelStreamSchedule}).
 *
 * @param data the schedule (or page of it)
 * @param pagination the cursor holder; null or empty on the last page
 */
record ScheduleResponse(StreamSchedule data, DataResponse.Pagination pagination) {
    /** The cursor of the next page; null on the last page. */
    String cursor() {
        return pagination == null || pagination.cursor() == null || pagination.cursor().isBlank()
                ? null : pagination.cursor();
    }
}
