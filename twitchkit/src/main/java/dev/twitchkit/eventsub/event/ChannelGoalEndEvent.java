package dev.twitchkit.eventsub.event;

import java.time.Instant;

/**
 * A creator goal ended.
 *
 * <p>EventSub type {@code channel.goal.end}, version {@code 1}.
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
 * @param isAchieved whether achieved ({@code is_achieved})
 * @param endedAt the time in {@code ended_at}, to Twitch's nanosecond precision
 */
public record ChannelGoalEndEvent(
        String id,
        String broadcasterUserId,
        String broadcasterUserLogin,
        String broadcasterUserName,
        GoalType type,
        String description,
        int currentAmount,
        int targetAmount,
        Instant startedAt,
        boolean isAchieved,
        Instant endedAt) implements EventSubEvent {
}
