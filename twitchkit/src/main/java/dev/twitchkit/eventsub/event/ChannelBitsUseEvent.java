package dev.twitchkit.eventsub.event;

/**
 * Bits were used in the channel: a cheer, a Power-up or a combo.
 *
 * <p>EventSub type {@code channel.bits.use}, version {@code 1}.
 *
 * @param broadcasterUserId the broadcaster's user id ({@code broadcaster_user_id})
 * @param broadcasterUserLogin the broadcaster's login name ({@code broadcaster_user_login})
 * @param broadcasterUserName the broadcaster's display name ({@code broadcaster_user_name})
 * @param userId the user's id ({@code user_id})
 * @param userLogin the user's login name ({@code user_login})
 * @param userName the user's display name ({@code user_name})
 * @param bits {@code bits}
 * @param type {@code type}
 * @param message {@code message}; may be null: null when no message was sent
 * @param powerUp {@code power_up}; may be null: null unless {@code type} is power_up
 * @param customPowerUp {@code custom_power_up}; may be null: null unless {@code type} is custom_power_up
 */
public record ChannelBitsUseEvent(
        String broadcasterUserId,
        String broadcasterUserLogin,
        String broadcasterUserName,
        String userId,
        String userLogin,
        String userName,
        int bits,
        BitsUseType type,
        BitsMessage message,
        PowerUp powerUp,
        BitsCustomPowerUp customPowerUp) implements EventSubEvent {
}
