package dev.twitchkit.eventsub.event;

import java.time.Instant;

/**
 * The broadcaster started a stream.
 *
 * <p>EventSub type {@code stream.online}, version {@code 1}.
 *
 * @param id {@code id}
 * @param broadcasterUserId {@code broadcaster_user_id}
 * @param broadcasterUserLogin {@code broadcaster_user_login}
 * @param broadcasterUserName {@code broadcaster_user_name}
 * @param type {@code type}
 * @param startedAt {@code started_at}
 */
public record StreamOnlineEvent(
        String id,
        String broadcasterUserId,
        String broadcasterUserLogin,
        String broadcasterUserName,
        StreamType type,
        Instant startedAt) implements EventSubEvent {
}
