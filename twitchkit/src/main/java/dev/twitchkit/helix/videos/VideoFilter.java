package dev.twitchkit.helix.videos;

import dev.twitchkit.internal.Checks;
import java.util.Set;

/**
 * Narrows Get Videos of a user or a category. Twitch's values: type {@code all}, {@code archive},
 * {@code highlight}, {@code upload}; period {@code all}, {@code day}, {@code week}, {@code month}; sort {@code time},
 * {@code trending}, {@code views}. Null members are not sent (Twitch's defaults: all, all, time).
 *
 * @param type the videos' type, or null
 * @param period how recently published, or null
 * @param sort the order, or null
 * @param language ISO 639-1 code or {@code other}, only with a category (Twitch ignores it otherwise), or null
 */
public record VideoFilter(String type, String period, String sort, String language) {
    private static final Set<String> TYPES = Set.of("all", "archive", "highlight", "upload");
    private static final Set<String> PERIODS = Set.of("all", "day", "week", "month");
    private static final Set<String> SORTS = Set.of("time", "trending", "views");

    /** Checks each value is one Twitch takes. */
    public VideoFilter {
        check(type, TYPES, "type");
        check(period, PERIODS, "period");
        check(sort, SORTS, "sort");
        if (language != null) {
            Checks.notBlank(language, "language");
        }
    }

    /** No filter: Twitch's defaults. */
    public static VideoFilter none() {
        return new VideoFilter(null, null, null, null);
    }

    private static void check(String value, Set<String> allowed, String name) {
        if (value != null && !allowed.contains(value)) {
            throw new IllegalArgumentException(name + " must be one of " + allowed + ", got " + value);
        }
    }
}
