package dev.twitchkit.eventsub.event;

/**
 * Details of a {@code resub} notice.
 *
 * @param cumulativeMonths {@code cumulative_months}
 * @param durationMonths {@code duration_months}
 * @param streakMonths {@code streak_months}; may be null: null when the subscriber does not share the streak
 * @param subTier {@code sub_tier}
 * @param isPrime whether prime ({@code is_prime})
 * @param isGift whether gift ({@code is_gift})
 * @param gifterIsAnonymous {@code gifter_is_anonymous}; may be null: null unless gifted
 * @param gifterUserId the gifter's user id ({@code gifter_user_id}); may be null: null unless gifted and not
 *     anonymous
 * @param gifterUserName the gifter's display name ({@code gifter_user_name}); may be null: null unless gifted and
 *     not anonymous
 * @param gifterUserLogin the gifter's login name ({@code gifter_user_login}); may be null: null unless gifted and
 *     not anonymous
 */
public record ChatNotificationResub(
        int cumulativeMonths,
        int durationMonths,
        Integer streakMonths,
        SubTier subTier,
        boolean isPrime,
        boolean isGift,
        Boolean gifterIsAnonymous,
        String gifterUserId,
        String gifterUserName,
        String gifterUserLogin) {
}
