package dev.twitchkit.eventsub.event;

import java.time.Instant;

/**
 * A viewer was banned or timed out in the channel.
 *
 * <p>EventSub type {@code channel.ban}, version {@code 1}.
 *
 * @param userId the user's id ({@code user_id})
 * @param userLogin the user's login name ({@code user_login})
 * @param userName the user's display name ({@code user_name})
 * @param broadcasterUserId the broadcaster's user id ({@code broadcaster_user_id})
 * @param broadcasterUserLogin the broadcaster's login name ({@code broadcaster_user_login})
 * @param broadcasterUserName the broadcaster's display name ({@code broadcaster_user_name})
 * @param moderatorUserId the moderator's user id ({@code moderator_user_id})
 * @param moderatorUserLogin the moderator's login name ({@code moderator_user_login})
 * @param moderatorUserName the moderator's display name ({@code moderator_user_name})
 * @param reason {@code reason}
 * @param bannedAt the time in {@code banned_at}, to Twitch's nanosecond precision
 * @param endsAt the time in {@code ends_at}, to Twitch's nanosecond precision; may be null: null for a permanent
 *     ban
 * @param isPermanent whether permanent ({@code is_permanent})
 */
public record ChannelBanEvent(
        String userId,
        String userLogin,
        String userName,
        String broadcasterUserId,
        String broadcasterUserLogin,
        String broadcasterUserName,
        String moderatorUserId,
        String moderatorUserLogin,
        String moderatorUserName,
        String reason,
        Instant bannedAt,
        Instant endsAt,
        boolean isPermanent) implements EventSubEvent {
}
