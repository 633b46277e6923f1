package dev.twitchkit.eventsub.event;

/**
 * Marker of every typed EventSub event: the {@code event} object of a notification, bound to one record per
 * subscription type and version (see {@code dev.twitchkit.eventsub.SubscriptionType} for the mapping).
 *
 * <p>Records that implement it are immutable and carry Twitch's field names camelCased. A field Twitch may send
 * as {@code null} is documented "may be null" on its component.
 */
public interface EventSubEvent {
}
