package dev.twitchkit.helix.eventsub;

/**
 * The answer to Create EventSub Subscription: the subscription and the application's totals after it.
 *
 * @param subscription the new subscription
 * @param total how many subscriptions the application (or the user's token, for WebSockets) now has
 * @param totalCost their summed cost
 * @param maxTotalCost the cost limit
 */
public record CreatedSubscription(EventSubSubscription subscription, int total, int totalCost, int maxTotalCost) {
}
