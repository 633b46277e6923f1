package dev.twitchkit.eventsub.event;

/**
 * An emote's position in a message, start and end indexes inclusive.
 *
 * @param begin {@code begin}
 * @param end {@code end}
 * @param id the id Twitch gives it ({@code id})
 */
public record EmoteRange(
        int begin,
        int end,
        String id) {
}
