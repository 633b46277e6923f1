package dev.twitchkit.eventsub.event;

/**
 * A chat badge shown next to a user's name.
 *
 * @param setId {@code set_id}
 * @param id the id Twitch gives it ({@code id})
 * @param info {@code info}
 */
public record ChatBadge(
        String setId,
        String id,
        String info) {
}
