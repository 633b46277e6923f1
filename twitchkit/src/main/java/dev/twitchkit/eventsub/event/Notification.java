package dev.twitchkit.eventsub.event;

import java.time.Instant;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * One EventSub notification as a handler receives it: the event and what Twitch said about it.
 *
 * <p>A batched notification ({@code events[]}) reaches handlers as one {@code Notification} per event, all with
 * the same {@link #messageId()}.
 *
 * @param messageId Twitch's {@code message_id}; a resend carries the same id (the client drops such duplicates)
 * @param messageTimestamp when Twitch sent the message
 * @param subscription the subscription that matched
 * @param event the typed event, or a {@link RawEvent} when the type and version have no model
 * @param rawEvent the event object exactly as Twitch sent it
 * @param <E> the event record
 */
public record Notification<E extends EventSubEvent>(String messageId, Instant messageTimestamp,
                                                     SubscriptionMetadata subscription, E event, JsonNode rawEvent) {
    public Notification {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(messageTimestamp, "messageTimestamp");
        Objects.requireNonNull(subscription, "subscription");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(rawEvent, "rawEvent");
    }

    /** The subscription type, e.g. {@code channel.follow}. */
    public String type() {
        return subscription.type();
    }

    /** The subscription version, e.g. {@code 2}. */
    public String version() {
        return subscription.version();
    }
}
