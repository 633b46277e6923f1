package dev.twitchkit.eventsub.event;

import java.util.List;

/**
 * The message a suspicious user sent.
 *
 * @param messageId {@code message_id}
 * @param text {@code text}
 * @param fragments {@code fragments}; empty when Twitch sends none
 */
public record SuspiciousUserMessage(
        String messageId,
        String text,
        List<HeldMessageFragment> fragments) {
    /** Copies lists so the record stays immutable. */
    public SuspiciousUserMessage {
        fragments = fragments == null ? List.of() : List.copyOf(fragments);
    }
}
