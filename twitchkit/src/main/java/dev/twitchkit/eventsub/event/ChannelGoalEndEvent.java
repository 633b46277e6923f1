package dev.twitchkit.eventsub.event;

import java.time.Instant;

/**
 * A creator goal ended.
 *
 * <p>EventSub type {@code channel.goal.end}, version {@code 1}.
 *
 * @param id {@code id}
 * @param broadcasterUserId {@code broadcaster_user_id}
 * @param broadcasterUserLogin {@code broadcaster_user_login}
 * @param broadcasterUserName {@code broadcaster_user_name}
 * @param type {@code type}
 * @param description {@code description}
 * @param currentAmount {@code current_amount}
 * @param targetAmount {@code target_amount}
 * @param startedAt {@code started_at}
 * @param isAchieved {@code is_achieved}
 * @param endedAt {@code ended_at}
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
