package dev.twitchkit.eventsub.event;

import java.time.Instant;

/**
 * Details of a timeout action.
 *
 * @param userId the user's id ({@code user_id})
 * @param userLogin the user's login name ({@code user_login})
 * @param userName the user's display name ({@code user_name})
 * @param reason {@code reason}; may be null: null when none was given
 * @param expiresAt the time in {@code expires_at}, to Twitch's nanosecond precision
 */
public record ModerateTimeout(
        String userId,
        String userLogin,
        String userName,
        String reason,
        Instant expiresAt) {
}
