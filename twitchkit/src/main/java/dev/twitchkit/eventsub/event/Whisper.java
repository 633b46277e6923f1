package dev.twitchkit.eventsub.event;

/**
 * The body of a whisper.
 *
 * @param text {@code text}
 */
public record Whisper(
        String text) {
}
