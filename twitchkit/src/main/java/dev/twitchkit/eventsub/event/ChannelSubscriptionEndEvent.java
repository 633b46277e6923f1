package dev.twitchkit.eventsub.event;

/**
 * A subscription to the channel ended.
 *
 * <p>EventSub type {@code channel.subscription.end}, version {@code 1}.
 *
 * @param userId {@code user_id}
 * @param userLogin {@code user_login}
 * @param userName {@code user_name}
 * @param broadcasterUserId {@code broadcaster_user_id}
 * @param broadcasterUserLogin {@code broadcaster_user_login}
 * @param broadcasterUserName {@code broadcaster_user_name}
 * @param tier {@code tier}
 * @param isGift {@code is_gift}
 */
public record ChannelSubscriptionEndEvent(
        String userId,
        String userLogin,
        String userName,
        String broadcasterUserId,
        String broadcasterUserLogin,
        String broadcasterUserName,
        SubTier tier,
        boolean isGift) implements EventSubEvent {
}
