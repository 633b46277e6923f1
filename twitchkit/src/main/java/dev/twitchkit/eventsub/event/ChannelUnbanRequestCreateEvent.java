package dev.twitchkit.eventsub.event;

import java.time.Instant;

/**
 * A user created an unban request.
 *
 * <p>EventSub type {@code channel.unban_request.create}, version {@code 1}.
 *
 * @param id {@code id}
 * @param broadcasterUserId {@code broadcaster_user_id}
 * @param broadcasterUserLogin {@code broadcaster_user_login}
 * @param broadcasterUserName {@code broadcaster_user_name}
 * @param userId {@code user_id}
 * @param userLogin {@code user_login}
 * @param userName {@code user_name}
 * @param text {@code text}
 * @param createdAt {@code created_at}
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
