package dev.twitchkit.eventsub.event;

/**
 * One piece of a message held by AutoMod (version 1): text, an emote or a cheermote.
 *
 * @param type {@code type}: which of the payloads below is set
 * @param text {@code text}
 * @param emote {@code emote}; may be null: null unless the fragment is an emote
 * @param cheermote {@code cheermote}; may be null: null unless the fragment is a cheermote
 */
public record AutomodFragment(
        FragmentType type,
        String text,
        HeldEmote emote,
        Cheermote cheermote) {
}
