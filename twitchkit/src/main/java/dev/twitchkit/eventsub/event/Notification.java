package dev.twitchkit.eventsub.event;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * One EventSub notification as a handler receives it: the event and what Twitch said about it.
 *
 * <p>A batched notification ({@code events[]}) reaches handlers as one {@code Notification} per event, all with
 * the same {@link #messageId()}.
 *
 * <p>A value with the accessors, equality and string form of a record. It is a class only so that
 * {@link #rawEvent()} can be built on first use: most handlers never read it, and building a JSON tree for every
 * event was the largest cost of receiving one.
 *
 * @param <E> the event record
 */
public final class Notification<E extends EventSubEvent> {
    private final String messageId;
    private final Instant messageTimestamp;
    private final SubscriptionMetadata subscription;
    private final E event;
    /** Builds the raw event on first use; null once {@link #rawEvent} is set. */
    private Supplier<? extends JsonNode> rawEventSource;
    private volatile JsonNode rawEvent;

    /**
     * @param messageId Twitch's {@code message_id}; a resend carries the same id (the client drops such duplicates)
     * @param messageTimestamp when Twitch sent the message
     * @param subscription the subscription that matched
     * @param event the typed event, or a {@link RawEvent} when the type and version have no model
     * @param rawEvent the event object exactly as Twitch sent it
     */
    public Notification(String messageId, Instant messageTimestamp, SubscriptionMetadata subscription, E event,
                        JsonNode rawEvent) {
        this(messageId, messageTimestamp, subscription, event, null, Objects.requireNonNull(rawEvent, "rawEvent"));
    }

    private Notification(String messageId, Instant messageTimestamp, SubscriptionMetadata subscription, E event,
                         Supplier<? extends JsonNode> rawEventSource, JsonNode rawEvent) {
        this.messageId = Objects.requireNonNull(messageId, "messageId");
        this.messageTimestamp = Objects.requireNonNull(messageTimestamp, "messageTimestamp");
        this.subscription = Objects.requireNonNull(subscription, "subscription");
        this.event = Objects.requireNonNull(event, "event");
        this.rawEventSource = rawEventSource;
        this.rawEvent = rawEvent;
    }

    /**
     * A notification whose {@link #rawEvent()} is built by {@code rawEventSource} when first asked for, at most
     * once even when several threads ask; the source must return the event object as Twitch sent it.
     */
    public static <E extends EventSubEvent> Notification<E> withLazyRawEvent(
            String messageId, Instant messageTimestamp, SubscriptionMetadata subscription, E event,
            Supplier<? extends JsonNode> rawEventSource) {
        return new Notification<>(messageId, messageTimestamp, subscription, event,
                Objects.requireNonNull(rawEventSource, "rawEventSource"), null);
    }

    /** Twitch's {@code message_id}; a resend carries the same id (the client drops such duplicates). */
    public String messageId() {
        return messageId;
    }

    /** When Twitch sent the message. */
    public Instant messageTimestamp() {
        return messageTimestamp;
    }

    /** The subscription that matched. */
    public SubscriptionMetadata subscription() {
        return subscription;
    }

    /** The typed event, or a {@link RawEvent} when the type and version have no model. */
    public E event() {
        return event;
    }

    /** The event object exactly as Twitch sent it. */
    public JsonNode rawEvent() {
        JsonNode raw = rawEvent;
        if (raw != null) {
            return raw;
        }
        synchronized (this) {
            if (rawEvent == null) {
                rawEvent = Objects.requireNonNull(rawEventSource.get(), "raw event");
                rawEventSource = null; // the frame it was read from can go
            }
            return rawEvent;
        }
    }

    /** The subscription type, e.g. {@code channel.follow}. */
    public String type() {
        return subscription.type();
    }

    /** The subscription version, e.g. {@code 2}. */
    public String version() {
        return subscription.version();
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Notification<?> other && messageId.equals(other.messageId)
                && messageTimestamp.equals(other.messageTimestamp) && subscription.equals(other.subscription)
                && event.equals(other.event) && rawEvent().equals(other.rawEvent());
    }

    @Override
    public int hashCode() {
        return Objects.hash(messageId, messageTimestamp, subscription, event, rawEvent());
    }

    @Override
    public String toString() {
        return "Notification[messageId=" + messageId + ", messageTimestamp=" + messageTimestamp + ", subscription="
                + subscription + ", event=" + event + ", rawEvent=" + rawEvent() + "]";
    }
}
