package dev.twitchkit.eventsub.event;

/**
 * The Bits cheered with a chat message.
 *
 * @param bits {@code bits}
 */
public record ChatCheer(
        int bits) {
}
