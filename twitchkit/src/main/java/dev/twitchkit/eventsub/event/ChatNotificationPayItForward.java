package dev.twitchkit.eventsub.event;

/**
 * Details of a {@code pay_it_forward} notice.
 *
 * @param gifterIsAnonymous {@code gifter_is_anonymous}
 * @param gifterUserId the gifter's user id ({@code gifter_user_id}); may be null: null when the gifter was
 *     anonymous
 * @param gifterUserName the gifter's display name ({@code gifter_user_name}); may be null: null when the gifter was
 *     anonymous
 * @param gifterUserLogin the gifter's login name ({@code gifter_user_login}); may be null: null when the gifter was
 *     anonymous
 * @param recipientUserId the recipient's user id ({@code recipient_user_id}); may be null: null when the gift
 *     went to the community rather than to one user
 * @param recipientUserName the recipient's display name ({@code recipient_user_name}); may be null: as {@code
 *     recipientUserId}
 * @param recipientUserLogin the recipient's login name ({@code recipient_user_login}); may be null: as {@code
 *     recipientUserId}
 */
public record ChatNotificationPayItForward(
        boolean gifterIsAnonymous,
        String gifterUserId,
        String gifterUserName,
        String gifterUserLogin,
        String recipientUserId,
        String recipientUserName,
        String recipientUserLogin) {
}
