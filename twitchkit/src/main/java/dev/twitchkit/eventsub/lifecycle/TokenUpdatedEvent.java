package dev.twitchkit.eventsub.lifecycle;

/**
 * A user's token was added or refreshed. Carries no token: secrets never travel in events.
 *
 * @param userId whose token
 */
public record TokenUpdatedEvent(String userId) implements LifecycleEvent {
}
