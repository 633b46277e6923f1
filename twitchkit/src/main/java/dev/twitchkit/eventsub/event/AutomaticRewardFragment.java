package dev.twitchkit.eventsub.event;

/**
 * One piece of a message sent with an automatic reward: text or an emote.
 *
 * @param type {@code type}
 * @param text {@code text}
 * @param emote {@code emote}; may be null: null unless the fragment is an emote
 */
public record AutomaticRewardFragment(
        FragmentType type,
        String text,
        AutomaticRewardFragmentEmote emote) {
}
