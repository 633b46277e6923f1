package dev.twitchkit.eventsub.event;

/**
 * The user a moderation action targets.
 *
 * @param userId {@code user_id}
 * @param userLogin {@code user_login}
 * @param userName {@code user_name}
 */
public record ModerateUser(
        String userId,
        String userLogin,
        String userName) {
}
