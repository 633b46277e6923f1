package dev.twitchkit.eventsub.lifecycle;

import dev.twitchkit.eventsub.event.SubscriptionMetadata;

/**
 * Twitch revoked a subscription; nothing more arrives for it and the client has dropped it.
 *
 * @param subscription the revoked subscription; {@code status()} says why ({@code authorization_revoked},
 *                     {@code user_removed}, {@code version_removed}, ...)
 */
public record SubscriptionRevokedEvent(SubscriptionMetadata subscription) implements LifecycleEvent {
    /** Why Twitch revoked it. */
    public String status() {
        return subscription.status();
    }
}
