package dev.twitchkit.eventsub.event;

/**
 * Details of a followers-only action.
 *
 * @param followDurationMinutes {@code follow_duration_minutes}
 */
public record ModerateFollowers(
        int followDurationMinutes) {
}
