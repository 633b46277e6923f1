package dev.twitchkit.eventsub.event;

import java.time.Instant;

/**
 * The channel sent a Shoutout.
 *
 * <p>EventSub type {@code channel.shoutout.create}, version {@code 1}.
 *
 * @param broadcasterUserId the broadcaster's user id ({@code broadcaster_user_id})
 * @param broadcasterUserLogin the broadcaster's login name ({@code broadcaster_user_login})
 * @param broadcasterUserName the broadcaster's display name ({@code broadcaster_user_name})
 * @param toBroadcasterUserId the raided or shouted-out broadcaster's user id ({@code to_broadcaster_user_id})
 * @param toBroadcasterUserLogin the raided or shouted-out broadcaster's login name ({@code
 *     to_broadcaster_user_login})
 * @param toBroadcasterUserName the raided or shouted-out broadcaster's display name ({@code
 *     to_broadcaster_user_name})
 * @param moderatorUserId the moderator's user id ({@code moderator_user_id})
 * @param moderatorUserLogin the moderator's login name ({@code moderator_user_login})
 * @param moderatorUserName the moderator's display name ({@code moderator_user_name})
 * @param viewerCount {@code viewer_count}
 * @param startedAt the time in {@code started_at}, to Twitch's nanosecond precision
 * @param cooldownEndsAt the time in {@code cooldown_ends_at}, to Twitch's nanosecond precision
 * @param targetCooldownEndsAt the time in {@code target_cooldown_ends_at}, to Twitch's nanosecond precision
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
