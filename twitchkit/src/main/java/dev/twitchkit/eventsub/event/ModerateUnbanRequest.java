package dev.twitchkit.eventsub.event;

/**
 * Details of an unban-request resolution.
 *
 * @param isApproved {@code is_approved}
 * @param userId {@code user_id}
 * @param userLogin {@code user_login}
 * @param userName {@code user_name}
 * @param moderatorMessage {@code moderator_message}; may be null: null when none was given
 */
public record ModerateUnbanRequest(
        boolean isApproved,
        String userId,
        String userLogin,
        String userName,
        String moderatorMessage) {
}
