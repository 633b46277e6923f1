package dev.twitchkit.eventsub.event;

/**
 * One piece of a chat message: text, an emote, a cheermote or a mention (by {@code type}).
 *
 * @param type {@code type}
 * @param text {@code text}
 * @param cheermote {@code cheermote}; may be null: null unless the fragment is a cheermote
 * @param emote {@code emote}; may be null: null unless the fragment is an emote
 * @param mention {@code mention}; may be null: null unless the fragment is a mention
 */
public record ChatMessageFragment(
        FragmentType type,
        String text,
        Cheermote cheermote,
        ChatEmote emote,
        ChatMention mention) {
}
