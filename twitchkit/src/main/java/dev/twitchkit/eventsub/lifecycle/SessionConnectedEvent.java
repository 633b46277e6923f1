package dev.twitchkit.eventsub.lifecycle;

/**
 * A connection was welcomed for the first time.
 *
 * @param sessionId the new session
 */
public record SessionConnectedEvent(String sessionId) implements LifecycleEvent {
}
