package dev.twitchkit.eventsub.event;

/**
 * Details of a slow-mode action.
 *
 * @param waitTimeSeconds {@code wait_time_seconds}
 */
public record ModerateSlow(
        int waitTimeSeconds) {
}
