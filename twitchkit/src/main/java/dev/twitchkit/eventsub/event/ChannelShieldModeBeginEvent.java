package dev.twitchkit.eventsub.event;

import java.time.Instant;

/**
 * Shield Mode was activated in the channel.
 *
 * <p>EventSub type {@code channel.shield_mode.begin}, version {@code 1}.
 *
 * @param broadcasterUserId {@code broadcaster_user_id}
 * @param broadcasterUserLogin {@code broadcaster_user_login}
 * @param broadcasterUserName {@code broadcaster_user_name}
 * @param moderatorUserId {@code moderator_user_id}
 * @param moderatorUserLogin {@code moderator_user_login}
 * @param moderatorUserName {@code moderator_user_name}
 * @param startedAt {@code started_at}
 */
public record ChannelShieldModeBeginEvent(
        String broadcasterUserId,
        String broadcasterUserLogin,
        String broadcasterUserName,
        String moderatorUserId,
        String moderatorUserLogin,
        String moderatorUserName,
        Instant startedAt) implements EventSubEvent {
}
