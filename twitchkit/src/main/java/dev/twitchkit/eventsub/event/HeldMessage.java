package dev.twitchkit.eventsub.event;

import java.util.List;

/**
 * A held message: its plain text and its typed fragments.
 *
 * @param text {@code text}
 * @param fragments {@code fragments}; empty when Twitch sends none
 */
public record HeldMessage(
        String text,
        List<HeldMessageFragment> fragments) {
    /** Copies lists so the record stays immutable. */
    public HeldMessage {
        fragments = fragments == null ? List.of() : List.copyOf(fragments);
    }
}
