package dev.twitchkit.eventsub.event;

import java.time.Instant;

/**
 * The channel sent a Shoutout.
 *
 * <p>EventSub type {@code channel.shoutout.create}, version {@code 1}.
 *
 * @param broadcasterUserId {@code broadcaster_user_id}
 * @param broadcasterUserLogin {@code broadcaster_user_login}
 * @param broadcasterUserName {@code broadcaster_user_name}
 * @param toBroadcasterUserId {@code to_broadcaster_user_id}
 * @param toBroadcasterUserLogin {@code to_broadcaster_user_login}
 * @param toBroadcasterUserName {@code to_broadcaster_user_name}
 * @param moderatorUserId {@code moderator_user_id}
 * @param moderatorUserLogin {@code moderator_user_login}
 * @param moderatorUserName {@code moderator_user_name}
 * @param viewerCount {@code viewer_count}
 * @param startedAt {@code started_at}
 * @param cooldownEndsAt {@code cooldown_ends_at}
 * @param targetCooldownEndsAt {@code target_cooldown_ends_at}
 */
public record ChannelShoutoutCreateEvent(
        String broadcasterUserId,
        String broadcasterUserLogin,
        String broadcasterUserName,
        String toBroadcasterUserId,
        String toBroadcasterUserLogin,
        String toBroadcasterUserName,
        String moderatorUserId,
        String moderatorUserLogin,
        String moderatorUserName,
        int viewerCount,
        Instant startedAt,
        Instant cooldownEndsAt,
        Instant targetCooldownEndsAt) implements EventSubEvent {
}
