package dev.twitchkit.eventsub.event;

import java.time.Instant;

/**
 * The channel received a Shoutout from another broadcaster.
 *
 * <p>EventSub type {@code channel.shoutout.receive}, version {@code 1}.
 *
 * @param broadcasterUserId {@code broadcaster_user_id}
 * @param broadcasterUserLogin {@code broadcaster_user_login}
 * @param broadcasterUserName {@code broadcaster_user_name}
 * @param fromBroadcasterUserId {@code from_broadcaster_user_id}
 * @param fromBroadcasterUserLogin {@code from_broadcaster_user_login}
 * @param fromBroadcasterUserName {@code from_broadcaster_user_name}
 * @param viewerCount {@code viewer_count}
 * @param startedAt {@code started_at}
 */
public record ChannelShoutoutReceiveEvent(
        String broadcasterUserId,
        String broadcasterUserLogin,
        String broadcasterUserName,
        String fromBroadcasterUserId,
        String fromBroadcasterUserLogin,
        String fromBroadcasterUserName,
        int viewerCount,
        Instant startedAt) implements EventSubEvent {
}
