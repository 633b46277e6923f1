package dev.twitchkit.eventsub.event;

/**
 * The automatic reward that was redeemed (version 2 shape).
 *
 * @param type {@code type}
 * @param channelPoints {@code channel_points}
 * @param emote {@code emote}; may be null: null unless the reward concerns an emote
 */
public record AutomaticRewardV2(
        AutomaticRewardType type,
        int channelPoints,
        RewardEmote emote) {
}
