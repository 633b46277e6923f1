package dev.twitchkit.eventsub.event;

/**
 * Details of a {@code gift_paid_upgrade} notice.
 *
 * @param gifterIsAnonymous {@code gifter_is_anonymous}
 * @param gifterUserId the gifter's user id ({@code gifter_user_id}); may be null: null when the gifter was
 *     anonymous
 * @param gifterUserName the gifter's display name ({@code gifter_user_name}); may be null: null when the gifter was
 *     anonymous
 * @param gifterUserLogin the gifter's login name ({@code gifter_user_login}); may be null: null when the gifter was
 *     anonymous
 */
public record ChatNotificationGiftPaidUpgrade(
        boolean gifterIsAnonymous,
        String gifterUserId,
        String gifterUserName,
        String gifterUserLogin) {
}
