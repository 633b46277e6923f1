package dev.twitchkit.eventsub.event;

import java.time.Instant;

/**
 * A viewer redeemed an automatic Channel Points reward.
 *
 * <p>EventSub type {@code channel.channel_points_automatic_reward_redemption.add}, version {@code 1}.
 *
 * @param broadcasterUserId {@code broadcaster_user_id}
 * @param broadcasterUserLogin {@code broadcaster_user_login}
 * @param broadcasterUserName {@code broadcaster_user_name}
 * @param userId {@code user_id}
 * @param userLogin {@code user_login}
 * @param userName {@code user_name}
 * @param id {@code id}
 * @param reward {@code reward}
 * @param message {@code message}
 * @param userInput {@code user_input}; may be null: null when the reward takes no text
 * @param redeemedAt {@code redeemed_at}
 */
public record ChannelChannelPointsAutomaticRewardRedemptionAddEvent(
        String broadcasterUserId,
        String broadcasterUserLogin,
        String broadcasterUserName,
        String userId,
        String userLogin,
        String userName,
        String id,
        AutomaticReward reward,
        AutomaticRewardMessage message,
        String userInput,
        Instant redeemedAt) implements EventSubEvent {
}
