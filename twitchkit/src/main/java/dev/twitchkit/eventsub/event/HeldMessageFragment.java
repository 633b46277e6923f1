package dev.twitchkit.eventsub.event;

/**
 * One piece of a held message: text, an emote or a cheermote (by {@code type}).
 *
 * @param type {@code type}
 * @param text {@code text}
 * @param cheermote {@code cheermote}; may be null: null unless the fragment is a cheermote
 * @param emote {@code emote}; may be null: null unless the fragment is an emote
 */
public record HeldMessageFragment(
        FragmentType type,
        String text,
        Cheermote cheermote,
        HeldEmote emote) {
}
