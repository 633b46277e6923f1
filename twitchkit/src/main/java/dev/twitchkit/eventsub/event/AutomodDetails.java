package dev.twitchkit.eventsub.event;

import java.util.List;

/**
 * Why AutoMod held a message: its category, level and the offending ranges.
 *
 * @param category {@code category}
 * @param level {@code level}
 * @param boundaries {@code boundaries}; empty when Twitch sends none
 */
public record AutomodDetails(
        String category,
        int level,
        List<Boundary> boundaries) {
    /** Copies lists so the record stays immutable. */
    public AutomodDetails {
        boundaries = boundaries == null ? List.of() : List.copyOf(boundaries);
    }
}
