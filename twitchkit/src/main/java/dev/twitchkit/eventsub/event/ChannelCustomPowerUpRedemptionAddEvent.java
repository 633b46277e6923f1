package dev.twitchkit.eventsub.event;

import java.time.Instant;

/**
 * A viewer redeemed a custom Power-up in the channel.
 *
 * <p>EventSub type {@code channel.custom_power_up_redemption.add}, version {@code 1}.
 *
 * @param id the id Twitch gives it ({@code id})
 * @param broadcasterUserId the broadcaster's user id ({@code broadcaster_user_id})
 * @param broadcasterUserLogin the broadcaster's login name ({@code broadcaster_user_login})
 * @param broadcasterUserName the broadcaster's display name ({@code broadcaster_user_name})
 * @param userId the user's id ({@code user_id})
 * @param userLogin the user's login name ({@code user_login})
 * @param userName the user's display name ({@code user_name})
 * @param userInput {@code user_input}
 * @param status {@code status}
 * @param customPowerUp {@code custom_power_up}
 * @param redeemedAt the time in {@code redeemed_at}, to Twitch's nanosecond precision
 */
public record ChannelCustomPowerUpRedemptionAddEvent(
        String id,
        String broadcasterUserId,
        String broadcasterUserLogin,
        String broadcasterUserName,
        String userId,
        String userLogin,
        String userName,
        String userInput,
        RedemptionStatus status,
        CustomPowerUp customPowerUp,
        Instant redeemedAt) implements EventSubEvent {
}
