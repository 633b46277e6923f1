package dev.twitchkit.eventsub.event;

/**
 * Details of a {@code watch_streak} notice: a viewer shared how many broadcasts in a row they have watched.
 *
 * @param streakCount {@code streak_count}: consecutive broadcasts watched
 * @param channelPointsAwarded {@code channel_points_awarded}: the Channel Points given for reaching the milestone
 */
public record ChatNotificationWatchStreak(
        int streakCount,
        int channelPointsAwarded) {
}
