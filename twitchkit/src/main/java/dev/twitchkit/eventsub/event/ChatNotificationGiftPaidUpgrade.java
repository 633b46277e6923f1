package dev.twitchkit.eventsub.event;

/**
 * Details of a {@code gift_paid_upgrade} notice.
 *
 * @param gifterIsAnonymous {@code gifter_is_anonymous}
 * @param gifterUserId {@code gifter_user_id}; may be null: null when the gifter was anonymous
 * @param gifterUserName {@code gifter_user_name}; may be null: null when the gifter was anonymous
 * @param gifterUserLogin {@code gifter_user_login}; may be null: null when the gifter was anonymous
 */
public record ChatNotificationGiftPaidUpgrade(
        boolean gifterIsAnonymous,
        String gifterUserId,
        String gifterUserName,
        String gifterUserLogin) {
}
