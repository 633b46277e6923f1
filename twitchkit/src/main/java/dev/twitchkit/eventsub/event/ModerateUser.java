package dev.twitchkit.eventsub.event;

/**
 * The user a moderation action targets.
 *
 * @param userId the user's id ({@code user_id})
 * @param userLogin the user's login name ({@code user_login})
 * @param userName the user's display name ({@code user_name})
 */
public record ModerateUser(
        String userId,
        String userLogin,
        String userName) {
}
