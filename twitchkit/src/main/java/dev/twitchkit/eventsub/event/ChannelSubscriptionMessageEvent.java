package dev.twitchkit.eventsub.event;

/**
 * A user shared a resubscription message in the channel.
 *
 * <p>EventSub type {@code channel.subscription.message}, version {@code 1}.
 *
 * @param userId {@code user_id}
 * @param userLogin {@code user_login}
 * @param userName {@code user_name}
 * @param broadcasterUserId {@code broadcaster_user_id}
 * @param broadcasterUserLogin {@code broadcaster_user_login}
 * @param broadcasterUserName {@code broadcaster_user_name}
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
