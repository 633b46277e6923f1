package dev.twitchkit.eventsub.lifecycle;

import dev.twitchkit.eventsub.Health;

/**
 * The client's {@link Health} changed: a subscription could not be recreated and is being retried or was given up,
 * it came back, or the client went down (its token is gone). The one event to watch to page someone.
 *
 * @param health the health now
 */
public record HealthChangedEvent(Health health) implements LifecycleEvent {
}
