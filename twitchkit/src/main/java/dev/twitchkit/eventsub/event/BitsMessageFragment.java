package dev.twitchkit.eventsub.event;

/**
 * One piece of a message sent with Bits: text, an emote or a cheermote (by {@code type}).
 *
 * @param type {@code type}
 * @param text {@code text}
 * @param emote {@code emote}; may be null: null unless the fragment is an emote
 * @param cheermote {@code cheermote}; may be null: null unless the fragment is a cheermote
 */
public record BitsMessageFragment(
        FragmentType type,
        String text,
        ChatEmote emote,
        Cheermote cheermote) {
}
