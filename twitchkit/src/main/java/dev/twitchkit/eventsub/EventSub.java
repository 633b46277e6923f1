package dev.twitchkit.eventsub;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A client's EventSub subscriptions: the typed method per registry entry of {@link EventSubCatalog}, and
 * {@link #subscribe} for any type and version (an unmodelled one arrives as a
 * {@link dev.twitchkit.eventsub.event.RawEvent}).
 *
 * <p>Each method completes when Twitch has created the subscription. It may be called before the socket exists:
 * the socket opens with the first subscription and what was asked before its welcome is created right after it.
 * A subscription over Twitch's limits (cost, 300 per socket, 3 sockets) fails at once with a
 * {@link SubscriptionException} without asking Twitch.
 */
public interface EventSub extends EventSubCatalog {

    /** Deletes a subscription at Twitch; its events stop. */
    CompletableFuture<Void> unsubscribe(Subscription subscription);

    /** The subscriptions Twitch holds for this client now. */
    List<Subscription> subscriptions();

    /** Their summed cost, counted against Twitch's {@code max_total_cost}. */
    int totalCost();
}
