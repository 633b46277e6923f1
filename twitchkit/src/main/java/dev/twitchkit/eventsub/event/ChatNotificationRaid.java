package dev.twitchkit.eventsub.event;

/**
 * Details of a {@code raid} notice.
 *
 * @param userId the user's id ({@code user_id})
 * @param userName the user's display name ({@code user_name})
 * @param userLogin the user's login name ({@code user_login})
 * @param viewerCount {@code viewer_count}
 * @param profileImageUrl {@code profile_image_url}
 */
public record ChatNotificationRaid(
        String userId,
        String userName,
        String userLogin,
        int viewerCount,
        String profileImageUrl) {
}
