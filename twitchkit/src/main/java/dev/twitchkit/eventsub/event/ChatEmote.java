package dev.twitchkit.eventsub.event;

import java.util.List;

/**
 * An emote inside a chat message.
 *
 * @param id the id Twitch gives it ({@code id})
 * @param emoteSetId {@code emote_set_id}
 * @param ownerId {@code owner_id}
 * @param format {@code format}; empty when Twitch sends none
 */
public record ChatEmote(
        String id,
        String emoteSetId,
        String ownerId,
        List<String> format) {
    /** Copies lists so the record stays immutable. */
    public ChatEmote {
        format = format == null ? List.of() : List.copyOf(format);
    }
}
