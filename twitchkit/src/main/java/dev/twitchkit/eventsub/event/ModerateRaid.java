package dev.twitchkit.eventsub.event;

/**
 * Details of a raid action.
 *
 * @param userId the user's id ({@code user_id})
 * @param userLogin the user's login name ({@code user_login})
 * @param userName the user's display name ({@code user_name})
 * @param viewerCount {@code viewer_count}
 */
public record ModerateRaid(
        String userId,
        String userLogin,
        String userName,
        int viewerCount) {
}
