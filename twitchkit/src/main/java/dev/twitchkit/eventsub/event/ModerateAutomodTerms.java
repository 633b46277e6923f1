package dev.twitchkit.eventsub.event;

import java.util.List;

/**
 * Details of an AutoMod-terms action.
 *
 * @param action {@code action}
 * @param list {@code list}
 * @param terms {@code terms}; empty when Twitch sends none
 * @param fromAutomod {@code from_automod}
 */
public record ModerateAutomodTerms(
        ModerationTermAction action,
        ModerationTermList list,
        List<String> terms,
        boolean fromAutomod) {
    /** Copies lists so the record stays immutable. */
    public ModerateAutomodTerms {
        terms = terms == null ? List.of() : List.copyOf(terms);
    }
}
