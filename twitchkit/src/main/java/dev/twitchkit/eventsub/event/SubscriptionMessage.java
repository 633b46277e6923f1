package dev.twitchkit.eventsub.event;

import java.util.List;

/**
 * The message shared with a resubscription, with the emote ranges in it.
 *
 * @param text {@code text}
 * @param emotes {@code emotes}; empty when Twitch sends none
 */
public record SubscriptionMessage(
        String text,
        List<EmoteRange> emotes) {
    /** Copies lists so the record stays immutable. */
    public SubscriptionMessage {
        emotes = emotes == null ? List.of() : List.copyOf(emotes);
    }
}
