package dev.twitchkit.eventsub.event;

/**
 * A user gave one or more gifted subscriptions in the channel.
 *
 * <p>EventSub type {@code channel.subscription.gift}, version {@code 1}.
 *
 * @param userId {@code user_id}; may be null: null when the gift is anonymous
 * @param userLogin {@code user_login}; may be null: null when the gift is anonymous
 * @param userName {@code user_name}; may be null: null when the gift is anonymous
 * @param broadcasterUserId {@code broadcaster_user_id}
 * @param broadcasterUserLogin {@code broadcaster_user_login}
 * @param broadcasterUserName {@code broadcaster_user_name}
 * @param total {@code total}
 * @param tier {@code tier}
 * @param cumulativeTotal {@code cumulative_total}; may be null: null when anonymous or the user hides it
 * @param isAnonymous {@code is_anonymous}
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
