package dev.twitchkit.eventsub.event;

import java.time.Instant;

/**
 * Shield Mode was deactivated in the channel.
 *
 * <p>EventSub type {@code channel.shield_mode.end}, version {@code 1}.
 *
 * @param broadcasterUserId {@code broadcaster_user_id}
 * @param broadcasterUserLogin {@code broadcaster_user_login}
 * @param broadcasterUserName {@code broadcaster_user_name}
 * @param moderatorUserId {@code moderator_user_id}
 * @param moderatorUserLogin {@code moderator_user_login}
 * @param moderatorUserName {@code moderator_user_name}
 * @param endedAt {@code ended_at}
 */
public record ChannelShieldModeEndEvent(
        String broadcasterUserId,
        String broadcasterUserLogin,
        String broadcasterUserName,
        String moderatorUserId,
        String moderatorUserLogin,
        String moderatorUserName,
        Instant endedAt) implements EventSubEvent {
}
