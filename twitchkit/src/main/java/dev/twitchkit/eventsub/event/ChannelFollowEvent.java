package dev.twitchkit.eventsub.event;

import java.time.Instant;

/**
 * A user followed the channel.
 *
 * <p>EventSub type {@code channel.follow}, version {@code 2}.
 *
 * @param userId the user's id ({@code user_id})
 * @param userLogin the user's login name ({@code user_login})
 * @param userName the user's display name ({@code user_name})
 * @param broadcasterUserId the broadcaster's user id ({@code broadcaster_user_id})
 * @param broadcasterUserLogin the broadcaster's login name ({@code broadcaster_user_login})
 * @param broadcasterUserName the broadcaster's display name ({@code broadcaster_user_name})
 * @param followedAt the time in {@code followed_at}, to Twitch's nanosecond precision
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
