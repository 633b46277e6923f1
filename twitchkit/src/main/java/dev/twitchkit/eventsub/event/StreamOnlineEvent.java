package dev.twitchkit.eventsub.event;

import java.time.Instant;

/**
 * The broadcaster started a stream.
 *
 * <p>EventSub type {@code stream.online}, version {@code 1}.
 *
 * @param id the id Twitch gives it ({@code id})
 * @param broadcasterUserId the broadcaster's user id ({@code broadcaster_user_id})
 * @param broadcasterUserLogin the broadcaster's login name ({@code broadcaster_user_login})
 * @param broadcasterUserName the broadcaster's display name ({@code broadcaster_user_name})
 * @param type {@code type}
 * @param startedAt the time in {@code started_at}, to Twitch's nanosecond precision
 */
public record StreamOnlineEvent(
        String id,
        String broadcasterUserId,
        String broadcasterUserLogin,
        String broadcasterUserName,
        StreamType type,
        Instant startedAt) implements EventSubEvent {
}
