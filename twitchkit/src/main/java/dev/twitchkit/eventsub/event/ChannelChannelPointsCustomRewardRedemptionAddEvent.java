package dev.twitchkit.eventsub.event;

import java.time.Instant;

/**
 * A viewer redeemed a custom Channel Points reward.
 *
 * <p>EventSub type {@code channel.channel_points_custom_reward_redemption.add}, version {@code 1}.
 *
 * @param id {@code id}
 * @param broadcasterUserId {@code broadcaster_user_id}
 * @param broadcasterUserLogin {@code broadcaster_user_login}
 * @param broadcasterUserName {@code broadcaster_user_name}
 * @param userId {@code user_id}
 * @param userLogin {@code user_login}
 * @param userName {@code user_name}
 * @param userInput {@code user_input}
 * @param status {@code status}
 * @param reward {@code reward}
 * @param redeemedAt {@code redeemed_at}
 */
public record ChannelChannelPointsCustomRewardRedemptionAddEvent(
        String id,
        String broadcasterUserId,
        String broadcasterUserLogin,
        String broadcasterUserName,
        String userId,
        String userLogin,
        String userName,
        String userInput,
        RedemptionStatus status,
        RedeemedReward reward,
        Instant redeemedAt) implements EventSubEvent {
}
