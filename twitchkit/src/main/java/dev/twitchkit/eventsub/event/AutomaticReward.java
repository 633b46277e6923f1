package dev.twitchkit.eventsub.event;

/**
 * The automatic reward that was redeemed (version 1 shape).
 *
 * @param type {@code type}
 * @param cost {@code cost}
 * @param unlockedEmote {@code unlocked_emote}; may be null: null unless the reward unlocks an emote
 */
public record AutomaticReward(
        AutomaticRewardType type,
        int cost,
        RewardEmote unlockedEmote) {
}
