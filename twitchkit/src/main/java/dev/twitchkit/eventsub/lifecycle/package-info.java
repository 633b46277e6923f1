/**
 * Lifecycle events of the EventSub clients: connection, session handover and recreation, subscriptions and
 * tokens. A {@link dev.twitchkit.eventsub.lifecycle.SessionReconnectedEvent} (handover, nothing lost) is a
 * different thing from a {@link dev.twitchkit.eventsub.lifecycle.SessionRecreatedEvent} (new session after a
 * loss, events in the gap may be gone).
 */
package dev.twitchkit.eventsub.lifecycle;
