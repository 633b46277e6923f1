package dev.twitchkit.eventsub.event;

/**
 * An emote inside a held message.
 *
 * @param id {@code id}
 * @param emoteSetId {@code emote_set_id}
 */
public record HeldEmote(
        String id,
        String emoteSetId) {
}
