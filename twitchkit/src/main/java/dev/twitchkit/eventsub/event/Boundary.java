package dev.twitchkit.eventsub.event;

/**
 * A range of characters in a message, start and end positions inclusive.
 *
 * @param startPos {@code start_pos}
 * @param endPos {@code end_pos}
 */
public record Boundary(
        int startPos,
        int endPos) {
}
