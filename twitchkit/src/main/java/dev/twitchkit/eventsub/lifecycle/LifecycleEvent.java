package dev.twitchkit.eventsub.lifecycle;

/**
 * Something that happened to a client's connection, subscriptions or tokens, as opposed to a Twitch event.
 * Lifecycle events are delivered through the same queue as the notifications of their connection, so a
 * handler sees them in order with the events, and they are never dropped on overflow.
 */
public sealed interface LifecycleEvent permits ReadyEvent, SessionConnectedEvent, SessionReconnectedEvent,
        SessionRecreatedEvent, SessionDisconnectedEvent, SubscriptionCreatedEvent, SubscriptionFailedEvent,
        SubscriptionRevokedEvent, TokenUpdatedEvent, TokenRemovedEvent, ShardConnectedEvent,
        ShardDisconnectedEvent, HealthChangedEvent {
}
