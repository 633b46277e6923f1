package dev.twitchkit.eventsub.event;

import java.time.Instant;

/**
 * Details of a timeout action.
 *
 * @param userId {@code user_id}
 * @param userLogin {@code user_login}
 * @param userName {@code user_name}
 * @param reason {@code reason}; may be null: null when none was given
 * @param expiresAt {@code expires_at}
 */
public record ModerateTimeout(
        String userId,
        String userLogin,
        String userName,
        String reason,
        Instant expiresAt) {
}
