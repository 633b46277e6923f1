package dev.twitchkit.eventsub.lifecycle;

import dev.twitchkit.eventsub.Subscription;

/**
 * A subscription was created, or recreated on a new session after a loss.
 *
 * @param subscription what Twitch created
 */
public record SubscriptionCreatedEvent(Subscription subscription) implements LifecycleEvent {
}
