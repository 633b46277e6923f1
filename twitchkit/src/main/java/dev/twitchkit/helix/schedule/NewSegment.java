package dev.twitchkit.helix.schedule;

import dev.twitchkit.internal.Checks;
import java.time.Duration;
import java.time.Instant;

/**
 * A broadcast to add to the schedule, checked against Twitch's limits as it is made:
 * <pre>{@code
 * NewSegment.weekly(start, "Europe/Berlin", Duration.ofHours(2)).withTitle("Speedruns").withCategory("509670")
 * }</pre>
 *
 * @param startTime when it starts
 * @param timezone the IANA time zone it takes place in, e.g. {@code America/New_York}
 * @param duration whole minutes, 30 min to 23 h
 * @param isRecurring whether it recurs weekly (only partners and affiliates may add one-time broadcasts)
 * @param categoryId the category's id, or null
 * @param title at most 140 characters, or null
 */
public record NewSegment(Instant startTime, String timezone, Duration duration, boolean isRecurring,
                         String categoryId, String title) {
    /** Checks every limit Twitch documents; an {@link IllegalArgumentException} names the one broken. */
    public NewSegment {
        Checks.notNull(startTime, "startTime");
        ScheduleApi.checkTimezone(timezone);
        ScheduleApi.checkDuration(duration);
        if (categoryId != null) {
            Checks.notBlank(categoryId, "categoryId");
        }
        if (title != null) {
            Checks.maxLength(title, ScheduleApi.MAX_TITLE_LENGTH, "title");
        }
    }

    /** A broadcast every week at {@code startTime}'s weekday and time. */
    public static NewSegment weekly(Instant startTime, String timezone, Duration duration) {
        return new NewSegment(startTime, timezone, duration, true, null, null);
    }

    /** A one-time broadcast. */
    public static NewSegment once(Instant startTime, String timezone, Duration duration) {
        return new NewSegment(startTime, timezone, duration, false, null, null);
    }

    /** The same broadcast with a title. */
    public NewSegment withTitle(String newTitle) {
        return new NewSegment(startTime, timezone, duration, isRecurring, categoryId, newTitle);
    }

    /** The same broadcast in a category. */
    public NewSegment withCategory(String newCategoryId) {
        return new NewSegment(startTime, timezone, duration, isRecurring, newCategoryId, title);
    }
}
