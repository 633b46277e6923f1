package dev.twitchkit.eventsub.event;

import java.time.Instant;

/**
 * A viewer redeemed an automatic Channel Points reward.
 *
 * <p>EventSub type {@code channel.channel_points_automatic_reward_redemption.add}, version {@code 1}.
 *
 * @param broadcasterUserId the broadcaster's user id ({@code broadcaster_user_id})
 * @param broadcasterUserLogin the broadcaster's login name ({@code broadcaster_user_login})
 * @param broadcasterUserName the broadcaster's display name ({@code broadcaster_user_name})
 * @param userId the user's id ({@code user_id})
 * @param userLogin the user's login name ({@code user_login})
 * @param userName the user's display name ({@code user_name})
 * @param id the id Twitch gives it ({@code id})
 * @param reward {@code reward}
 * @param message {@code message}; may be null: Twitch sends null for a reward redeemed without a message (an
 *     emote unlock, for one), though its reference does not say so
 * @param userInput {@code user_input}; may be null: null when the reward takes no text
 * @param redeemedAt the time in {@code redeemed_at}, to Twitch's nanosecond precision
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
