package dev.twitchkit.eventsub.event;

/**
 * Details of a ban action.
 *
 * @param userId the user's id ({@code user_id})
 * @param userLogin the user's login name ({@code user_login})
 * @param userName the user's display name ({@code user_name})
 * @param reason {@code reason}; may be null: null when none was given
 */
public record ModerateBan(
        String userId,
        String userLogin,
        String userName,
        String reason) {
}
