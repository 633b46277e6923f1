package dev.twitchkit.eventsub.event;

import java.time.Instant;

/**
 * Shield Mode was activated in the channel.
 *
 * <p>EventSub type {@code channel.shield_mode.begin}, version {@code 1}.
 *
 * @param broadcasterUserId the broadcaster's user id ({@code broadcaster_user_id})
 * @param broadcasterUserLogin the broadcaster's login name ({@code broadcaster_user_login})
 * @param broadcasterUserName the broadcaster's display name ({@code broadcaster_user_name})
 * @param moderatorUserId the moderator's user id ({@code moderator_user_id})
 * @param moderatorUserLogin the moderator's login name ({@code moderator_user_login})
 * @param moderatorUserName the moderator's display name ({@code moderator_user_name})
 * @param startedAt the time in {@code started_at}, to Twitch's nanosecond precision
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
