package dev.twitchkit.eventsub.lifecycle;

/**
 * The connection was lost and a new session replaced it; its subscriptions are being recreated. Twitch does not
 * replay: events sent while no session was connected are gone.
 *
 * @param sessionId the new session
 * @param previousSessionId the session that was lost
 */
public record SessionRecreatedEvent(String sessionId, String previousSessionId) implements LifecycleEvent {
}
