package dev.twitchkit.eventsub.event;

import java.time.Instant;

/**
 * The channel received a Shoutout from another broadcaster.
 *
 * <p>EventSub type {@code channel.shoutout.receive}, version {@code 1}.
 *
 * @param broadcasterUserId the broadcaster's user id ({@code broadcaster_user_id})
 * @param broadcasterUserLogin the broadcaster's login name ({@code broadcaster_user_login})
 * @param broadcasterUserName the broadcaster's display name ({@code broadcaster_user_name})
 * @param fromBroadcasterUserId the raiding or shouting-out broadcaster's user id ({@code from_broadcaster_user_id})
 * @param fromBroadcasterUserLogin the raiding or shouting-out broadcaster's login name ({@code
 *     from_broadcaster_user_login})
 * @param fromBroadcasterUserName the raiding or shouting-out broadcaster's display name ({@code
 *     from_broadcaster_user_name})
 * @param viewerCount {@code viewer_count}
 * @param startedAt the time in {@code started_at}, to Twitch's nanosecond precision
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
