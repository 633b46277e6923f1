package dev.twitchkit.eventsub.event;

/**
 * Details of a ban action.
 *
 * @param userId {@code user_id}
 * @param userLogin {@code user_login}
 * @param userName {@code user_name}
 * @param reason {@code reason}; may be null: null when none was given
 */
public record ModerateBan(
        String userId,
        String userLogin,
        String userName,
        String reason) {
}
