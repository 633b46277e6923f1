package dev.twitchkit.eventsub.event;

/**
 * A user gave one or more gifted subscriptions in the channel.
 *
 * <p>EventSub type {@code channel.subscription.gift}, version {@code 1}.
 *
 * @param userId the user's id ({@code user_id}); may be null: null when the gift is anonymous
 * @param userLogin the user's login name ({@code user_login}); may be null: null when the gift is anonymous
 * @param userName the user's display name ({@code user_name}); may be null: null when the gift is anonymous
 * @param broadcasterUserId the broadcaster's user id ({@code broadcaster_user_id})
 * @param broadcasterUserLogin the broadcaster's login name ({@code broadcaster_user_login})
 * @param broadcasterUserName the broadcaster's display name ({@code broadcaster_user_name})
 * @param total {@code total}
 * @param tier {@code tier}
 * @param cumulativeTotal {@code cumulative_total}; may be null: null when anonymous or the user hides it
 * @param isAnonymous whether anonymous ({@code is_anonymous})
 */
public record ChannelSubscriptionGiftEvent(
        String userId,
        String userLogin,
        String userName,
        String broadcasterUserId,
        String broadcasterUserLogin,
        String broadcasterUserName,
        int total,
        SubTier tier,
        Integer cumulativeTotal,
        boolean isAnonymous) implements EventSubEvent {
}
