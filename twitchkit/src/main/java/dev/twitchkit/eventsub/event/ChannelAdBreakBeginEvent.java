package dev.twitchkit.eventsub.event;

import java.time.Instant;

/**
 * A midroll commercial break started, by the broadcaster or automatically.
 *
 * <p>EventSub type {@code channel.ad_break.begin}, version {@code 1}.
 *
 * @param broadcasterUserId the broadcaster's user id ({@code broadcaster_user_id})
 * @param broadcasterUserLogin the broadcaster's login name ({@code broadcaster_user_login})
 * @param broadcasterUserName the broadcaster's display name ({@code broadcaster_user_name})
 * @param requesterUserId the requester's user id ({@code requester_user_id})
 * @param requesterUserLogin the requester's login name ({@code requester_user_login})
 * @param requesterUserName the requester's display name ({@code requester_user_name})
 * @param durationSeconds {@code duration_seconds}
 * @param startedAt the time in {@code started_at}, to Twitch's nanosecond precision
 * @param isAutomatic whether automatic ({@code is_automatic})
 */
public record ChannelAdBreakBeginEvent(
        String broadcasterUserId,
        String broadcasterUserLogin,
        String broadcasterUserName,
        String requesterUserId,
        String requesterUserLogin,
        String requesterUserName,
        int durationSeconds,
        Instant startedAt,
        boolean isAutomatic) implements EventSubEvent {
}
