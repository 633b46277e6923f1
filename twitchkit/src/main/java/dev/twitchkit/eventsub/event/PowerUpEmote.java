package dev.twitchkit.eventsub.event;

/**
 * The emote a Power-up applies to.
 *
 * @param id the id Twitch gives it ({@code id})
 * @param name {@code name}
 */
public record PowerUpEmote(
        String id,
        String name) {
}
