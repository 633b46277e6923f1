package dev.twitchkit.eventsub.event;

import java.time.Instant;

/**
 * A creator goal made progress (may arrive before the begin event).
 *
 * <p>EventSub type {@code channel.goal.progress}, version {@code 1}.
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
