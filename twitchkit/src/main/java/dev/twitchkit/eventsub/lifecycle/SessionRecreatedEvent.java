package dev.twitchkit.eventsub.lifecycle;

/**
 * The connection was lost and a new session replaced it, and its subscriptions were recreated (fired once that
 * settled; one that could not be recreated shows in the client's {@code health()}). Twitch does not replay: events
 * sent while no session was connected are gone.
 *
 * @param sessionId the new session
 * @param previousSessionId the session that was lost
 */
public record SessionRecreatedEvent(String sessionId, String previousSessionId) implements LifecycleEvent {
}
