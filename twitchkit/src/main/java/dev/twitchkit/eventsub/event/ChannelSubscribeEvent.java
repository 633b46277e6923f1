package dev.twitchkit.eventsub.event;

/**
 * A user subscribed to the channel (not resubscriptions).
 *
 * <p>EventSub type {@code channel.subscribe}, version {@code 1}.
 *
 * @param userId the user's id ({@code user_id})
 * @param userLogin the user's login name ({@code user_login})
 * @param userName the user's display name ({@code user_name})
 * @param broadcasterUserId the broadcaster's user id ({@code broadcaster_user_id})
 * @param broadcasterUserLogin the broadcaster's login name ({@code broadcaster_user_login})
 * @param broadcasterUserName the broadcaster's display name ({@code broadcaster_user_name})
 * @param tier {@code tier}
 * @param isGift whether gift ({@code is_gift})
 */
public record ChannelSubscribeEvent(
        String userId,
        String userLogin,
        String userName,
        String broadcasterUserId,
        String broadcasterUserLogin,
        String broadcasterUserName,
        SubTier tier,
        boolean isGift) implements EventSubEvent {
}
