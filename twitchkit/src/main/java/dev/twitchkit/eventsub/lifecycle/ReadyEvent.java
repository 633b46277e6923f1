package dev.twitchkit.eventsub.lifecycle;

/**
 * The client is logged in and every subscription asked for before it connected has been attempted.
 *
 * @param userId the logged-in user
 */
public record ReadyEvent(String userId) implements LifecycleEvent {
}
