package dev.twitchkit.eventsub.event;

/**
 * Details of a raid action.
 *
 * @param userId {@code user_id}
 * @param userLogin {@code user_login}
 * @param userName {@code user_name}
 * @param viewerCount {@code viewer_count}
 */
public record ModerateRaid(
        String userId,
        String userLogin,
        String userName,
        int viewerCount) {
}
