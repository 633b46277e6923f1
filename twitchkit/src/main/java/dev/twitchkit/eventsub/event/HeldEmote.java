package dev.twitchkit.eventsub.event;

/**
 * An emote inside a held message.
 *
 * @param id the id Twitch gives it ({@code id})
 * @param emoteSetId {@code emote_set_id}
 */
public record HeldEmote(
        String id,
        String emoteSetId) {
}
