package dev.twitchkit.eventsub.event;

import java.util.List;

/**
 * The blocked terms found in a held message.
 *
 * @param termsFound {@code terms_found}; empty when Twitch sends none
 */
public record BlockedTermDetails(
        List<BlockedTermFound> termsFound) {
    /** Copies lists so the record stays immutable. */
    public BlockedTermDetails {
        termsFound = termsFound == null ? List.of() : List.copyOf(termsFound);
    }
}
