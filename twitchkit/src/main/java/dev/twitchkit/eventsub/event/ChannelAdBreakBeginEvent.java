package dev.twitchkit.eventsub.event;

import java.time.Instant;

/**
 * A midroll commercial break started, by the broadcaster or automatically.
 *
 * <p>EventSub type {@code channel.ad_break.begin}, version {@code 1}.
 *
 * @param broadcasterUserId {@code broadcaster_user_id}
 * @param broadcasterUserLogin {@code broadcaster_user_login}
 * @param broadcasterUserName {@code broadcaster_user_name}
 * @param requesterUserId {@code requester_user_id}
 * @param requesterUserLogin {@code requester_user_login}
 * @param requesterUserName {@code requester_user_name}
 * @param durationSeconds {@code duration_seconds}
 * @param startedAt {@code started_at}
 * @param isAutomatic {@code is_automatic}
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
