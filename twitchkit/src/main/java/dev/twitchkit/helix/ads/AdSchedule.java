package dev.twitchkit.helix.ads;

import java.time.Instant;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The broadcaster's ad schedule.
 *
 * @param nextAdAt the next scheduled ad break; null when none is scheduled or the channel is offline
 * @param lastAdAt the last ad break; null when the channel has not run one
 * @param duration the length of the next ad break, in seconds
 * @param prerollFreeTime the pre-roll free time left, in seconds
 * @param snoozeCount the snoozes available
 * @param snoozeRefreshAt when the broadcaster gains another snooze; null when not pending
 */
public record AdSchedule(@JsonDeserialize(using = AdTime.class) Instant nextAdAt,
                         @JsonDeserialize(using = AdTime.class) Instant lastAdAt, int duration,
                         int prerollFreeTime, int snoozeCount,
                         @JsonDeserialize(using = AdTime.class) Instant snoozeRefreshAt) {
}
