/**
 * The public EventSub API: handler registration ({@link dev.twitchkit.eventsub.EventHandler},
 * {@link dev.twitchkit.eventsub.Registration}), subscriptions ({@link dev.twitchkit.eventsub.EventSub},
 * {@link dev.twitchkit.eventsub.Subscription}), close codes and session states.
 */
package dev.twitchkit.eventsub;
