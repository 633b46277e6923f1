package dev.twitchkit.eventsub.event;

import java.time.Instant;

/**
 * A user created an unban request.
 *
 * <p>EventSub type {@code channel.unban_request.create}, version {@code 1}.
 *
 * @param id the id Twitch gives it ({@code id})
 * @param broadcasterUserId the broadcaster's user id ({@code broadcaster_user_id})
 * @param broadcasterUserLogin the broadcaster's login name ({@code broadcaster_user_login})
 * @param broadcasterUserName the broadcaster's display name ({@code broadcaster_user_name})
 * @param userId the user's id ({@code user_id})
 * @param userLogin the user's login name ({@code user_login})
 * @param userName the user's display name ({@code user_name})
 * @param text {@code text}
 * @param createdAt the time in {@code created_at}, to Twitch's nanosecond precision
 */
public record ChannelUnbanRequestCreateEvent(
        String id,
        String broadcasterUserId,
        String broadcasterUserLogin,
        String broadcasterUserName,
        String userId,
        String userLogin,
        String userName,
        String text,
        Instant createdAt) implements EventSubEvent {
}
