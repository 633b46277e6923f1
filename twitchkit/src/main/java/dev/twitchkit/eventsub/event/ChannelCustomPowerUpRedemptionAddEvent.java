package dev.twitchkit.eventsub.event;

import java.time.Instant;

/**
 * A viewer redeemed a custom Power-up in the channel.
 *
 * <p>EventSub type {@code channel.custom_power_up_redemption.add}, version {@code 1}.
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
 * @param customPowerUp {@code custom_power_up}
 * @param redeemedAt {@code redeemed_at}
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
