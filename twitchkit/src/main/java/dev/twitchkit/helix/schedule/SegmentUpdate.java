package dev.twitchkit.helix.schedule;

import dev.twitchkit.internal.Checks;
import java.time.Duration;
import java.time.Instant;

/**
 * The changes to a scheduled broadcast; null members stay as they are. For a recurring broadcast, title, category,
 * duration and time zone change every occurrence. Start from {@link #create()}:
 * <pre>{@code
 * SegmentUpdate.create().withTitle("Moved to Friday").withDuration(Duration.ofHours(3))
 * }</pre>
 *
 * @param startTime a new start (partners and affiliates, one-time broadcasts only), or null
 * @param duration whole minutes, 30 min to 23 h, or null
 * @param categoryId a new category's id, or null
 * @param title at most 140 characters, or null
 * @param isCanceled true cancels the occurrence (for a recurring broadcast: the next one), false restores it, or null
 * @param timezone a new IANA time zone, or null
 */
public record SegmentUpdate(Instant startTime, Duration duration, String categoryId, String title,
                            Boolean isCanceled, String timezone) {
    /** Checks every limit Twitch documents on what is set. */
    public SegmentUpdate {
        if (duration != null) {
            ScheduleApi.checkDuration(duration);
        }
        if (categoryId != null) {
            Checks.notBlank(categoryId, "categoryId");
        }
        if (title != null) {
            Checks.maxLength(title, ScheduleApi.MAX_TITLE_LENGTH, "title");
        }
        if (timezone != null) {
            ScheduleApi.checkTimezone(timezone);
        }
    }

    /** No change yet. */
    public static SegmentUpdate create() {
        return new SegmentUpdate(null, null, null, null, null, null);
    }

    /** Also moves the start. */
    public SegmentUpdate withStartTime(Instant value) {
        return new SegmentUpdate(value, duration, categoryId, title, isCanceled, timezone);
    }

    /** Also changes the duration. */
    public SegmentUpdate withDuration(Duration value) {
        return new SegmentUpdate(startTime, value, categoryId, title, isCanceled, timezone);
    }

    /** Also changes the category. */
    public SegmentUpdate withCategory(String value) {
        return new SegmentUpdate(startTime, duration, value, title, isCanceled, timezone);
    }

    /** Also changes the title. */
    public SegmentUpdate withTitle(String value) {
        return new SegmentUpdate(startTime, duration, categoryId, value, isCanceled, timezone);
    }

    /** Also cancels ({@code true}) or restores ({@code false}) the occurrence. */
    public SegmentUpdate withCanceled(boolean value) {
        return new SegmentUpdate(startTime, duration, categoryId, title, value, timezone);
    }

    /** Also changes the time zone. */
    public SegmentUpdate withTimezone(String value) {
        return new SegmentUpdate(startTime, duration, categoryId, title, isCanceled, value);
    }
}
