package dev.twitchkit.eventsub.event;

/**
 * Details of an unban-request resolution.
 *
 * @param isApproved whether approved ({@code is_approved})
 * @param userId the user's id ({@code user_id})
 * @param userLogin the user's login name ({@code user_login})
 * @param userName the user's display name ({@code user_name})
 * @param moderatorMessage {@code moderator_message}; may be null: null when none was given
 */
public record ModerateUnbanRequest(
        boolean isApproved,
        String userId,
        String userLogin,
        String userName,
        String moderatorMessage) {
}
