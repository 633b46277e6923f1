package dev.twitchkit.eventsub.event;

/**
 * One piece of a message held by AutoMod (version 1): text, an emote or a cheermote.
 *
 * @param text {@code text}
 * @param emote {@code emote}; may be null: null unless the fragment is an emote
 * @param cheermote {@code cheermote}; may be null: null unless the fragment is a cheermote
 */
public record AutomodFragment(
        String text,
        HeldEmote emote,
        Cheermote cheermote) {
}
