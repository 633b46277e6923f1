package dev.twitchkit.eventsub.event;

import java.util.List;

/**
 * A chat message: its plain text and its ordered fragments.
 *
 * @param text {@code text}
 * @param fragments {@code fragments}; empty when Twitch sends none
 */
public record ChatMessage(
        String text,
        List<ChatMessageFragment> fragments) {
    /** Copies lists so the record stays immutable. */
    public ChatMessage {
        fragments = fragments == null ? List.of() : List.copyOf(fragments);
    }
}
