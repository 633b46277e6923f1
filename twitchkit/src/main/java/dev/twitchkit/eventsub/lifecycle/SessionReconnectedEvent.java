package dev.twitchkit.eventsub.lifecycle;

/**
 * Twitch moved the session to another server ({@code session_reconnect}) and the new socket was welcomed before
 * the old one closed: the same session and subscriptions, nothing lost.
 *
 * @param sessionId the session (Twitch keeps the id)
 */
public record SessionReconnectedEvent(String sessionId) implements LifecycleEvent {
}
