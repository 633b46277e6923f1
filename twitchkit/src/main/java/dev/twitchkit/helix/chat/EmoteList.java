package dev.twitchkit.helix.chat;

import java.util.List;

/**
 * Emotes with Twitch's address template for their images.
 *
 * @param data the emotes
 * @param template the image address template ({@link Emote#imageUrl})
 */
public record EmoteList(List<Emote> data, String template) {
    /** Copies the collections; null counts as empty. */
    public EmoteList {
        data = data == null ? List.of() : List.copyOf(data);
    }
}
