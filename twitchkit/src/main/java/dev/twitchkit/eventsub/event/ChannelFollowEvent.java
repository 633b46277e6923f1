package dev.twitchkit.eventsub.event;

import java.time.Instant;

/**
 * A user followed the channel.
 *
 * <p>EventSub type {@code channel.follow}, version {@code 2}.
 *
 * @param userId {@code user_id}
 * @param userLogin {@code user_login}
 * @param userName {@code user_name}
 * @param broadcasterUserId {@code broadcaster_user_id}
 * @param broadcasterUserLogin {@code broadcaster_user_login}
 * @param broadcasterUserName {@code broadcaster_user_name}
 * @param followedAt {@code followed_at}
 */
public record ChannelFollowEvent(
        String userId,
        String userLogin,
        String userName,
        String broadcasterUserId,
        String broadcasterUserLogin,
        String broadcasterUserName,
        Instant followedAt) implements EventSubEvent {
}
