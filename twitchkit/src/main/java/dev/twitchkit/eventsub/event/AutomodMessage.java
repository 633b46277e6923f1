package dev.twitchkit.eventsub.event;

import java.util.List;

/**
 * A message held by AutoMod (version 1 shape: fragments without a type).
 *
 * @param text {@code text}
 * @param fragments {@code fragments}; empty when Twitch sends none
 */
public record AutomodMessage(
        String text,
        List<AutomodFragment> fragments) {
    /** Copies lists so the record stays immutable. */
    public AutomodMessage {
        fragments = fragments == null ? List.of() : List.copyOf(fragments);
    }
}
