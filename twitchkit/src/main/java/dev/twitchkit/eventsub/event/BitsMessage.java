package dev.twitchkit.eventsub.event;

import java.util.List;

/**
 * The chat message sent with Bits.
 *
 * @param text {@code text}
 * @param fragments {@code fragments}; empty when Twitch sends none
 */
public record BitsMessage(
        String text,
        List<BitsMessageFragment> fragments) {
    /** Copies lists so the record stays immutable. */
    public BitsMessage {
        fragments = fragments == null ? List.of() : List.copyOf(fragments);
    }
}
