package dev.twitchkit.eventsub.event;

import java.util.List;

/**
 * The message sent with an automatic reward (version 2 shape: fragments).
 *
 * @param text {@code text}
 * @param fragments {@code fragments}; empty when Twitch sends none
 */
public record AutomaticRewardMessageV2(
        String text,
        List<AutomaticRewardFragment> fragments) {
    /** Copies lists so the record stays immutable. */
    public AutomaticRewardMessageV2 {
        fragments = fragments == null ? List.of() : List.copyOf(fragments);
    }
}
