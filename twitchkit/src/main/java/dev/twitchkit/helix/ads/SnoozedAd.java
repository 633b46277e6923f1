package dev.twitchkit.helix.ads;

import java.time.Instant;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The schedule after a snooze.
 *
 * @param snoozeCount the snoozes left
 * @param snoozeRefreshAt when the broadcaster gains another snooze; null when not pending
 * @param nextAdAt the next ad break, pushed back
 */
public record SnoozedAd(int snoozeCount, @JsonDeserialize(using = AdTime.class) Instant snoozeRefreshAt,
                        @JsonDeserialize(using = AdTime.class) Instant nextAdAt) {
}
