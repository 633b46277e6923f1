package dev.twitchkit.eventsub.event;

import java.util.List;

/**
 * The message sent with an automatic reward (version 1 shape: emote ranges).
 *
 * @param text {@code text}
 * @param emotes {@code emotes}; empty when Twitch sends none
 */
public record AutomaticRewardMessage(
        String text,
        List<EmoteRange> emotes) {
    /** Copies lists so the record stays immutable. */
    public AutomaticRewardMessage {
        emotes = emotes == null ? List.of() : List.copyOf(emotes);
    }
}
