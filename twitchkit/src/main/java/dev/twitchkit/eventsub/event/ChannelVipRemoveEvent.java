package dev.twitchkit.eventsub.event;

/**
 * A VIP was removed from the channel.
 *
 * <p>EventSub type {@code channel.vip.remove}, version {@code 1}.
 *
 * @param userId {@code user_id}
 * @param userLogin {@code user_login}
 * @param userName {@code user_name}
 * @param broadcasterUserId {@code broadcaster_user_id}
 * @param broadcasterUserLogin {@code broadcaster_user_login}
 * @param broadcasterUserName {@code broadcaster_user_name}
 */
public record ChannelVipRemoveEvent(
        String userId,
        String userLogin,
        String userName,
        String broadcasterUserId,
        String broadcasterUserLogin,
        String broadcasterUserName) implements EventSubEvent {
}
