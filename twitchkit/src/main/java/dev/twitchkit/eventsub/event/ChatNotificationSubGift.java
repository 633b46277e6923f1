package dev.twitchkit.eventsub.event;

/**
 * Details of a {@code sub_gift} notice.
 *
 * @param durationMonths {@code duration_months}
 * @param cumulativeTotal {@code cumulative_total}; may be null: null when the gifter is anonymous
 * @param recipientUserId the recipient's user id ({@code recipient_user_id})
 * @param recipientUserName the recipient's display name ({@code recipient_user_name})
 * @param recipientUserLogin the recipient's login name ({@code recipient_user_login})
 * @param subTier {@code sub_tier}
 * @param communityGiftId {@code community_gift_id}; may be null: null unless part of a community gift
 */
public record ChatNotificationSubGift(
        int durationMonths,
        Integer cumulativeTotal,
        String recipientUserId,
        String recipientUserName,
        String recipientUserLogin,
        SubTier subTier,
        String communityGiftId) {
}
