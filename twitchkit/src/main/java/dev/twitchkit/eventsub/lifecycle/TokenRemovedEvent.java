package dev.twitchkit.eventsub.lifecycle;

/**
 * A user's token was removed (logged out, or it could no longer be refreshed).
 *
 * @param userId whose token
 */
public record TokenRemovedEvent(String userId) implements LifecycleEvent {
}
