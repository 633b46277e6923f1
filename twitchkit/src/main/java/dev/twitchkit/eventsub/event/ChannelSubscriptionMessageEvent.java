package dev.twitchkit.eventsub.event;

/**
 * A user shared a resubscription message in the channel.
 *
 * <p>EventSub type {@code channel.subscription.message}, version {@code 1}.
 *
 * @param userId the user's id ({@code user_id})
 * @param userLogin the user's login name ({@code user_login})
 * @param userName the user's display name ({@code user_name})
 * @param broadcasterUserId the broadcaster's user id ({@code broadcaster_user_id})
 * @param broadcasterUserLogin the broadcaster's login name ({@code broadcaster_user_login})
 * @param broadcasterUserName the broadcaster's display name ({@code broadcaster_user_name})
 * @param tier {@code tier}
 * @param message {@code message}
 * @param cumulativeMonths {@code cumulative_months}
 * @param streakMonths {@code streak_months}; may be null: null when the user hides it
 * @param durationMonths {@code duration_months}
 */
public record ChannelSubscriptionMessageEvent(
        String userId,
        String userLogin,
        String userName,
        String broadcasterUserId,
        String broadcasterUserLogin,
        String broadcasterUserName,
        SubTier tier,
        SubscriptionMessage message,
        int cumulativeMonths,
        Integer streakMonths,
        int durationMonths) implements EventSubEvent {
}
