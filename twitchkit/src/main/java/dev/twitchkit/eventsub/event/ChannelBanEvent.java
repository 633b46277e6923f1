package dev.twitchkit.eventsub.event;

import java.time.Instant;

/**
 * A viewer was banned or timed out in the channel.
 *
 * <p>EventSub type {@code channel.ban}, version {@code 1}.
 *
 * @param userId {@code user_id}
 * @param userLogin {@code user_login}
 * @param userName {@code user_name}
 * @param broadcasterUserId {@code broadcaster_user_id}
 * @param broadcasterUserLogin {@code broadcaster_user_login}
 * @param broadcasterUserName {@code broadcaster_user_name}
 * @param moderatorUserId {@code moderator_user_id}
 * @param moderatorUserLogin {@code moderator_user_login}
 * @param moderatorUserName {@code moderator_user_name}
 * @param reason {@code reason}
 * @param bannedAt {@code banned_at}
 * @param endsAt {@code ends_at}; may be null: null for a permanent ban
 * @param isPermanent {@code is_permanent}
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
