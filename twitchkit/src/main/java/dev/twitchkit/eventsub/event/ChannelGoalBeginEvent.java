package dev.twitchkit.eventsub.event;

import java.time.Instant;

/**
 * The broadcaster started a creator goal.
 *
 * <p>EventSub type {@code channel.goal.begin}, version {@code 1}.
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
 */
public record ChannelGoalBeginEvent(
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
