package dev.twitchkit.eventsub.event;

import java.time.Instant;

/**
 * A creator goal made progress (may arrive before the begin event).
 *
 * <p>EventSub type {@code channel.goal.progress}, version {@code 1}.
 *
 * @param id the id Twitch gives it ({@code id})
 * @param broadcasterUserId the broadcaster's user id ({@code broadcaster_user_id})
 * @param broadcasterUserLogin the broadcaster's login name ({@code broadcaster_user_login})
 * @param broadcasterUserName the broadcaster's display name ({@code broadcaster_user_name})
 * @param type {@code type}
 * @param description {@code description}
 * @param currentAmount {@code current_amount}
 * @param targetAmount {@code target_amount}
 * @param startedAt the time in {@code started_at}, to Twitch's nanosecond precision
 */
public record ChannelGoalProgressEvent(
        String id,
        String broadcasterUserId,
        String broadcasterUserLogin,
        String broadcasterUserName,
        GoalType type,
        String description,
        int currentAmount,
        int targetAmount,
        Instant startedAt) implements EventSubEvent {
}
