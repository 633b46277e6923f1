package dev.twitchkit.helix.clips;

import java.time.Instant;

/**
 * Narrows Get Clips of a broadcaster or a category: clips created in a window, featured or not. Twitch's window
 * without an end is the start plus one week.
 *
 * @param startedAt the window's start, or null for none
 * @param endedAt the window's end, or null
 * @param featured true for featured clips only, false for the others, null for both
 */
public record ClipFilter(Instant startedAt, Instant endedAt, Boolean featured) {
    /** Rejects an end without a start and an end before the start. */
    public ClipFilter {
        if (endedAt != null && startedAt == null) {
            throw new IllegalArgumentException("endedAt needs a startedAt");
        }
        if (endedAt != null && endedAt.isBefore(startedAt)) {
            throw new IllegalArgumentException("endedAt must not be before startedAt");
        }
    }

    /** No filter. */
    public static ClipFilter none() {
        return new ClipFilter(null, null, null);
    }
}
